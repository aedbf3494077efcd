import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** viewerCan says what the writes will allow: checked against the writes themselves, role by role. */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Permissions');
});
afterAll(() => t?.close());

const CREATE = `mutation($i: CreateDealInput!) { createDeal(input: $i) { id version } }`;
const LIST = `{ deals(first: 50) { nodes { id ownerId viewerCan { update delete moveDeal } } } }`;
const UPDATE = `mutation($id: ID!) { updateDeal(id: $id, input: { title: "Changed" }) { id } }`;
const DELETE = `mutation($id: ID!) { deleteDeal(id: $id) { id } }`;

it.each(['VIEWER', 'MEMBER', 'MANAGER', 'ADMIN'])('%s is offered exactly what it may do', async (role) => {
  const person = await t.addMember(a, role);
  const { createDeal: others } = await a.owner.ok(CREATE, { i: { title: `Owner's deal for ${role}`, stageId: a.stages[0].id } });
  const own = role === 'VIEWER' ? undefined : (await person.ok(CREATE, { i: { title: `${role}'s own deal`, stageId: a.stages[0].id } })).createDeal;
  const { deals } = await person.ok(LIST);
  for (const deal of [others, own].filter(Boolean)) {
    const offered = deals.nodes.find((n: { id: string }) => n.id === deal.id).viewerCan;
    expect(offered.moveDeal).toBe(offered.update);
    const updated = await person.raw(UPDATE, { id: deal.id });
    expect({ deal: deal === own ? 'own' : 'others', update: !updated.errors }).toEqual({ deal: deal === own ? 'own' : 'others', update: offered.update });
    const deleted = await person.raw(DELETE, { id: deal.id });
    expect({ deal: deal === own ? 'own' : 'others', delete: !deleted.errors }).toEqual({ deal: deal === own ? 'own' : 'others', delete: offered.delete });
  }
  // The roles differ where the policy says they do: members change only their own deals.
  const othersOffered = deals.nodes.find((n: { id: string }) => n.id === others.id).viewerCan;
  expect(othersOffered.update).toBe(role === 'MANAGER' || role === 'ADMIN');
});
