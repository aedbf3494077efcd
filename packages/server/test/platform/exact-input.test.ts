import { allResources, singularOf } from '../../src/platform/resource/definition';
import { numericColumnsOf, significantDigits } from '../../src/platform/resource/exact';
import { fieldsOf, graphqlFieldsOf } from '../../src/platform/resource/metadata';
import { fixtureInput } from '../support/fixture-generator';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** A value PostgreSQL would round or overflow in its NUMERIC column is refused, never silently changed. */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Exact Co');
});
afterAll(() => t?.close());

const CREATE_DEAL = `mutation($i: CreateDealInput!) { createDeal(input: $i) { id value probability } }`;
const UPDATE_DEAL = `mutation($id: ID!, $i: UpdateDealInput!) { updateDeal(id: $id, input: $i) { id value version } }`;
const CREATE_COMPANY = `mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id revenue } }`;

it('counts significant digits of text and of numbers in exponent form', () => {
  expect(significantDigits('1.999')).toEqual({ integer: 1, fraction: 3 });
  expect(significantDigits('-001.990')).toEqual({ integer: 1, fraction: 2 });
  expect(significantDigits(1e-7)).toEqual({ integer: 0, fraction: 7 });
  expect(significantDigits(1.5e21)).toEqual({ integer: 22, fraction: 0 });
  expect(significantDigits('abc')).toBeUndefined();
});

it('refuses more fractional digits than the column keeps, naming the field, and stores nothing', async () => {
  const before = (await t.sql(`SELECT count(*)::int AS n FROM companies WHERE organization_id = $1`, [a.organizationId]))[0].n;
  const error = await a.owner.fails(CREATE_COMPANY, { i: { name: 'Rounded', revenue: '1.999' } });
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.revenue' });
  expect(error.message).toMatch(/at most 2 decimal places/);
  const after = (await t.sql(`SELECT count(*)::int AS n FROM companies WHERE organization_id = $1`, [a.organizationId]))[0].n;
  expect(after).toBe(before);

  const deal = await a.owner.fails(CREATE_DEAL, { i: { title: 'Rounded', value: '1.999', stageId: a.stages[0].id } });
  expect(deal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
  // A Float input into numeric(3,2) is held to the same rule.
  const probability = await a.owner.fails(CREATE_DEAL, { i: { title: 'Rounded', value: '1.00', probability: 0.555, stageId: a.stages[0].id } });
  expect(probability.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.probability' });
});

it('accepts trailing zeros, which lose nothing', async () => {
  const { createCompany } = await a.owner.ok(CREATE_COMPANY, { i: { name: 'Zeros', revenue: '1.9900' } });
  expect(createCompany.revenue).toBe('1.99');
  const { createDeal } = await a.owner.ok(CREATE_DEAL, { i: { title: 'Zeros', value: '12.500', probability: 0.5, stageId: a.stages[0].id } });
  expect(createDeal).toMatchObject({ value: '12.50', probability: 0.5 });
});

it('refuses an integer part the precision cannot hold, with the field (not a bare database error)', async () => {
  // value is numeric(14,2): 12 digits before the point.
  const error = await a.owner.fails(CREATE_DEAL, { i: { title: 'Huge', value: '1234567890123', stageId: a.stages[0].id } });
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
  const { createDeal } = await a.owner.ok(CREATE_DEAL, { i: { title: 'Largest', value: '999999999999.99', stageId: a.stages[0].id } });
  expect(createDeal.value).toBe('999999999999.99');
});

it('refuses an inexact update and leaves the row as it was', async () => {
  const { createDeal } = await a.owner.ok(CREATE_DEAL, { i: { title: 'Kept', value: '10.00', stageId: a.stages[0].id } });
  const error = await a.owner.fails(UPDATE_DEAL, { id: createDeal.id, i: { value: '10.555' } });
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
  const [row] = await t.sql(`SELECT value::text, version FROM deals WHERE id = $1`, [createDeal.id]);
  expect(row).toEqual({ value: '10.00', version: 1 });
  const { updateDeal } = await a.owner.ok(UPDATE_DEAL, { id: createDeal.id, i: { value: '10.55' } });
  expect(updateDeal).toMatchObject({ value: '10.55', version: 2 });
});

it('holds every bounded numeric field of every create and update input to its column', async () => {
  const checked: string[] = [];
  for (const def of allResources().filter((r) => r.createInput)) {
    const limits = numericColumnsOf(def.entity);
    const inputFields = new Set(graphqlFieldsOf(def.createInput!).map((f) => f.name));
    for (const [property, { scale }] of limits) {
      if (!inputFields.has(property)) continue;
      const kind = fieldsOf(def.entity).get(property)!.kind;
      // One digit more than the column keeps, inside every validation range (0..1 for probabilities).
      const tooFine = kind === 'decimal' ? `0.${'0'.repeat(scale)}1` : Number(`0.${'0'.repeat(scale)}1`);
      const create = `mutation($i: Create${def.name}Input!) { r: create${def.name}(input: $i) { id } }`;
      const error = await a.owner.fails(create, { i: { ...(await fixtureInput(def, a)), [property]: tooFine } });
      expect([def.name, error.extensions]).toEqual([def.name, expect.objectContaining({ code: 'BAD_USER_INPUT', field: `input.${property}` })]);
      const { r } = await a.owner.ok(create, { i: await fixtureInput(def, a) });
      const update = `mutation($id: ID!, $i: Update${def.name}Input!) { r: update${def.name}(id: $id, input: $i) { id } }`;
      const refused = await a.owner.fails(update, { id: r.id, i: { [property]: tooFine } });
      expect([def.name, refused.extensions]).toEqual([def.name, expect.objectContaining({ code: 'BAD_USER_INPUT', field: `input.${property}` })]);
      checked.push(`${singularOf(def)}.${property}`);
    }
  }
  // Every bounded numeric input field was tried above; these are the ones the sales module must have.
  expect(checked).toEqual(expect.arrayContaining(['company.revenue', 'deal.probability', 'deal.value', 'pipelineStage.probability']));
});

it('compares filter values exactly, without rounding them to the column', async () => {
  const org = await t.createTenant('Filter Co');
  for (const value of ['1.99', '2.00']) await org.owner.ok(CREATE_DEAL, { i: { title: `F ${value}`, value, stageId: org.stages[0].id } });
  const values = async (where: unknown) =>
    (await org.owner.ok(`query($w: DealWhere) { deals(where: $w, orderBy: [{ field: VALUE }]) { nodes { value } } }`, { w: where })).deals.nodes.map((n: any) => n.value);
  // Rounded to the column's 2 places, 1.995 would be 2.00 and let the 2.00 deal through.
  expect(await values({ value: { lte: '1.995' } })).toEqual(['1.99']);
  expect(await values({ value: { gt: '1.999' } })).toEqual(['2.00']);
  expect(await values({ value: { eq: '1.990' } })).toEqual(['1.99']);
});
