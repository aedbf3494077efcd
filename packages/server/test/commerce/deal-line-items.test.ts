import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { stockedProduct } from '../support/commerce';

/** A deal carrying products: its value is their sum, written with them, and not editable apart from them. */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Deals with products');
});
afterAll(() => t?.close());

const SET = `mutation($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { id value version lineItems { nodes { quantity unitPrice lineTotal product { id } } } } }`;

it('sets the deal value to the sum of its line items, refuses a value edit while it has them, frees it once they are gone', async () => {
  const p = await stockedProduct(a.owner, { price: '12.50', stock: 0 });
  const q = await stockedProduct(a.owner, { price: '99.99', stock: 0, currency: 'EUR' });
  const { createDeal } = await a.owner.ok(`mutation($s: ID!) { createDeal(input: { title: "Bundle", stageId: $s, value: "1.00" }) { id } }`, { s: a.stages[0].id });
  const { setDealLineItems } = await a.owner.ok(SET, { input: { dealId: createDeal.id, items: [{ productId: p, quantity: 3 }, { productId: q, quantity: 2, unitPrice: '100.10' }] } });
  expect(setDealLineItems.value).toBe('237.70');
  expect(setDealLineItems.lineItems.nodes.map((n: any) => [n.product.id, n.quantity, n.unitPrice, n.lineTotal]).sort()).toEqual([[p, 3, '12.50', '37.50'], [q, 2, '100.10', '200.20']].sort());
  const foreign = await a.owner.fails(SET, { input: { dealId: createDeal.id, items: [{ productId: q, quantity: 1 }] } });
  expect([foreign.extensions?.code, foreign.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.items.0.unitPrice']);
  const edit = await a.owner.fails(`mutation($id: ID!) { updateDeal(id: $id, input: { value: "5.00" }) { id } }`, { id: createDeal.id });
  expect([edit.extensions?.code, edit.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.value']);
  expect((await t.sql(`SELECT value::text FROM deals WHERE id = $1`, [createDeal.id]))[0].value).toBe('237.70');
  await a.owner.ok(SET, { input: { dealId: createDeal.id, items: [] } });
  const { updateDeal } = await a.owner.ok(`mutation($id: ID!) { updateDeal(id: $id, input: { value: "5.00" }) { value } }`, { id: createDeal.id });
  expect(updateDeal.value).toBe('5.00');
  expect((await t.sql(`SELECT count(*)::int AS n FROM deal_line_items WHERE deal_id = $1`, [createDeal.id]))[0].n).toBe(0);
});

it('a member sets line items on its own deals only', async () => {
  const member = await t.addMember(a, 'MEMBER');
  const p = await stockedProduct(a.owner, { price: '1.00', stock: 0 });
  const { createDeal } = await a.owner.ok(`mutation($s: ID!) { createDeal(input: { title: "Owner's", stageId: $s }) { id } }`, { s: a.stages[0].id });
  const refused = await member.fails(SET, { input: { dealId: createDeal.id, items: [{ productId: p, quantity: 1 }] } });
  expect(refused.extensions?.code).toBe('FORBIDDEN');
  expect((await t.sql(`SELECT count(*)::int AS n FROM deal_line_items WHERE deal_id = $1`, [createDeal.id]))[0].n).toBe(0);
});

it('takes each line’s discount off its total, exactly; a discount above the line is refused and changes nothing', async () => {
  const p = await stockedProduct(a.owner, { price: '19.99', stock: 0 });
  const { createDeal } = await a.owner.ok(`mutation($s: ID!) { createDeal(input: { title: "Discounted", stageId: $s }) { id } }`, { s: a.stages[0].id });
  const WITH_DISCOUNT = SET.replace('unitPrice lineTotal', 'unitPrice discountAmount lineTotal');
  const { setDealLineItems } = await a.owner.ok(WITH_DISCOUNT, { input: { dealId: createDeal.id, items: [{ productId: p, quantity: 3, discountAmount: '4.97' }] } });
  expect(setDealLineItems.value).toBe('55.00');
  expect(setDealLineItems.lineItems.nodes[0]).toMatchObject({ quantity: 3, unitPrice: '19.99', discountAmount: '4.97', lineTotal: '55.00' });
  const tooMuch = await a.owner.fails(SET, { input: { dealId: createDeal.id, items: [{ productId: p, quantity: 1, discountAmount: '20.00' }] } });
  expect([tooMuch.extensions?.code, tooMuch.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.items.0.discountAmount']);
  expect((await t.sql(`SELECT value::text, (SELECT discount_amount::text FROM deal_line_items WHERE deal_id = $1) AS d FROM deals WHERE id = $1`, [createDeal.id]))[0]).toEqual({ value: '55.00', d: '4.97' });
});
