import { statementsBeyondSession, type Tenant } from '../support/harness';
import { create, createIdea, createRoadmap, productFile } from './product-support';

/**
 * Feedback from CRM contacts and companies, linked to ideas and features: each idea shows how many
 * distinct customers asked for it and their open deals' value per currency, for a whole list in a
 * fixed number of statements; other organizations' rows never count.
 */
const fx = productFile({ b: 'Demand B', a: 'Demand A' });

const deal = (tenant: Tenant, input: Record<string, unknown>) => create(tenant, 'Deal', { title: 'Deal', stageId: tenant.stages[0].id, ...input });
const feedback = (tenant: Tenant, roadmap: string, input: Record<string, unknown>) => create(tenant, 'Feedback', { title: 'Please', description: 'We need it', roadmapId: roadmap, ...input });
const linkIdea = (tenant: Tenant, feedbackId: string, ideaId: string) => create(tenant, 'FeedbackIdeaLink', { feedbackId, ideaId, note: 'asked on a call' });

const DEMAND = `query($r: ID!) { ideas(first: 50, where: { roadmapId: { eq: $r } }, orderBy: [{ field: CREATED_AT, direction: ASC }]) { nodes { id demand { customers feedback openDeals { currency deals value } } } } }`;

it('counts distinct customers and sums their open deals per currency, deals once each', async () => {
  const acme = await create(fx.a, 'Company', { name: 'Acme' });
  const globex = await create(fx.a, 'Company', { name: 'Globex' });
  const ann = await create(fx.a, 'Contact', { firstName: 'Ann', lastName: 'Acme', companyId: acme });
  const solo = await create(fx.a, 'Contact', { firstName: 'Sol', lastName: 'Trader' });
  await deal(fx.a, { companyId: acme, value: '1000.50', currency: 'USD' });
  await deal(fx.a, { companyId: acme, contactId: ann, value: '250.25', currency: 'EUR' });
  await deal(fx.a, { companyId: globex, value: '99.99', currency: 'USD' });
  await deal(fx.a, { contactId: solo, value: '10.00', currency: 'USD' });
  const won = await deal(fx.a, { companyId: globex, value: '5000.00', currency: 'USD' });
  const wonStage = fx.a.stages.find((s) => s.type === 'WON')!.id;
  await fx.a.owner.ok(`mutation($d: ID!, $s: ID!) { moveDeal(input: { dealId: $d, toStageId: $s }) { status } }`, { d: won, s: wonStage });
  // Another organization's look-alike deal on a company of its own never counts.
  const bCompany = await create(fx.b, 'Company', { name: 'Acme' });
  await deal(fx.b, { companyId: bCompany, value: '777.00', currency: 'USD' });

  const wanted = await createIdea(fx.a.owner, fx.roadmapId, { title: 'Wanted' });
  const quiet = await createIdea(fx.a.owner, fx.roadmapId, { title: 'Quiet' });
  // Acme asks twice (through its contact and as a company), Globex once, Sol (no company) once, one anonymous e-mail.
  for (const from of [{ contactId: ann }, { companyId: acme }, { companyId: globex }, { contactId: solo }, { userEmail: 'x@example.com' }]) {
    await linkIdea(fx.a, await feedback(fx.a, fx.roadmapId, from), wanted.id);
  }
  const deletedLink = await linkIdea(fx.a, await feedback(fx.a, fx.roadmapId, { companyId: await create(fx.a, 'Company', { name: 'Gone' }) }), wanted.id);
  await fx.a.owner.ok(`mutation($id: ID!) { deleteFeedbackIdeaLink(id: $id) { id } }`, { id: deletedLink });

  const { ideas } = await fx.a.owner.ok(DEMAND, { r: fx.roadmapId });
  const byId = new Map(ideas.nodes.map((n: { id: string; demand: unknown }) => [n.id, n.demand]));
  expect(byId.get(wanted.id)).toEqual({
    customers: 3, feedback: 5,
    openDeals: [{ currency: 'EUR', deals: 1, value: '250.25' }, { currency: 'USD', deals: 3, value: '1110.49' }],
  });
  expect(byId.get(quiet.id)).toEqual({ customers: 0, feedback: 0, openDeals: [] });
});

it('loads the demand of a whole list in the same number of statements as of one idea', async () => {
  const roadmap = await createRoadmap(fx.a.owner);
  const company = await create(fx.a, 'Company', { name: 'Initech' });
  await deal(fx.a, { companyId: company, value: '5.00', currency: 'USD' });
  const first = await createIdea(fx.a.owner, roadmap);
  await linkIdea(fx.a, await feedback(fx.a, roadmap, { companyId: company }), first.id);
  const one = await fx.a.owner.raw(DEMAND, { r: roadmap });
  for (let i = 0; i < 8; i++) {
    const idea = await createIdea(fx.a.owner, roadmap);
    await linkIdea(fx.a, await feedback(fx.a, roadmap, { companyId: company }), idea.id);
  }
  const nine = await fx.a.owner.raw(DEMAND, { r: roadmap });
  expect(nine.data.ideas.nodes).toHaveLength(9);
  expect(nine.data.ideas.nodes.every((n: { demand: { customers: number; openDeals: unknown[] } }) => n.demand.customers === 1 && n.demand.openDeals.length === 1)).toBe(true);
  expect(statementsBeyondSession(nine)).toBe(statementsBeyondSession(one));
});

it('shows the demand behind a feature too', async () => {
  const company = await create(fx.a, 'Company', { name: 'Umbrella' });
  await deal(fx.a, { companyId: company, value: '42.00', currency: 'GBP' });
  const featureId = await create(fx.a, 'Feature', { title: 'SSO', description: 'Single sign-on', roadmapId: fx.roadmapId });
  await create(fx.a, 'FeedbackFeatureLink', { feedbackId: await feedback(fx.a, fx.roadmapId, { companyId: company }), featureId, note: 'blocker' });
  const { feature } = await fx.a.owner.ok(`query($id: ID!) { feature(id: $id) { demand { customers openDeals { currency deals value } } } }`, { id: featureId });
  expect(feature.demand).toEqual({ customers: 1, openDeals: [{ currency: 'GBP', deals: 1, value: '42.00' }] });
});

it('keeps tenants apart: no reading, no linking across organizations', async () => {
  const idea = await createIdea(fx.a.owner, fx.roadmapId, { title: 'Ours' });
  expect((await fx.b.owner.ok(`query($id: ID!) { idea(id: $id) { id } }`, { id: idea.id })).idea).toBeNull();
  expect((await fx.b.owner.ok(`{ ideas(first: 50) { totalCount } }`)).ideas.totalCount).toBe(0);
  const bRoadmap = await createRoadmap(fx.b.owner);
  const bFeedback = await feedback(fx.b, bRoadmap, {});
  const linked = await fx.b.owner.fails(`mutation($input: CreateFeedbackIdeaLinkInput!) { createFeedbackIdeaLink(input: $input) { id } }`, { input: { feedbackId: bFeedback, ideaId: idea.id, note: 'x' } });
  expect(linked.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ideaId' });
  const changed = await fx.b.owner.fails(`mutation($id: ID!) { changeIdeaStatus(id: $id, status: UNDER_REVIEW) { id } }`, { id: idea.id });
  expect(changed.extensions?.code).toBe('NOT_FOUND');
  const aCompany = await create(fx.a, 'Company', { name: 'Not yours' });
  const fromOther = await fx.b.owner.fails(`mutation($input: CreateFeedbackInput!) { createFeedback(input: $input) { id } }`, { input: { title: 't', description: 'd', roadmapId: bRoadmap, companyId: aCompany } });
  expect(fromOther.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.companyId' });
  const [row] = await fx.t.sql(`SELECT status FROM ideas WHERE id = $1`, [idea.id]);
  expect(row.status).toBe('SUBMITTED');
});

describe('linkFeedback', () => {
  const LINK = `mutation($f: ID!, $i: ID, $x: ID, $note: String!) { linkFeedback(feedbackId: $f, ideaId: $i, featureId: $x, note: $note) { id ideaLinks(first: 5) { nodes { ideaId note } } featureLinks(first: 5) { nodes { featureId } } } }`;

  it('links one feedback to an idea and a feature in one go, and both count its customer', async () => {
    const company = await create(fx.a, 'Company', { name: 'Hooli' });
    await deal(fx.a, { companyId: company, value: '300.00', currency: 'USD' });
    const idea = await createIdea(fx.a.owner, fx.roadmapId, { title: 'Linked both' });
    const featureId = await create(fx.a, 'Feature', { title: 'Audit export', description: 'd', roadmapId: fx.roadmapId });
    const feedbackId = await feedback(fx.a, fx.roadmapId, { companyId: company });
    const { linkFeedback } = await fx.a.owner.ok(LINK, { f: feedbackId, i: idea.id, x: featureId, note: 'needed for SOC 2' });
    expect(linkFeedback).toEqual({ id: feedbackId, ideaLinks: { nodes: [{ ideaId: idea.id, note: 'needed for SOC 2' }] }, featureLinks: { nodes: [{ featureId }] } });
    const { idea: shown } = await fx.a.owner.ok(`query($id: ID!) { idea(id: $id) { demand { customers openDeals { currency value } } } }`, { id: idea.id });
    expect(shown.demand).toEqual({ customers: 1, openDeals: [{ currency: 'USD', value: '300.00' }] });
    const audit = await fx.t.sql(`SELECT action FROM audit_logs WHERE entity_id = $1 ORDER BY created_at, id`, [feedbackId]);
    expect(audit.map((r) => r.action)).toEqual(['CREATE', 'LINK_FEEDBACK']);
  });

  it('refuses a link to nothing, a VIEWER, and another organization\'s feature without linking the idea either', async () => {
    const idea = await createIdea(fx.a.owner, fx.roadmapId, { title: 'Half linked' });
    const feedbackId = await feedback(fx.a, fx.roadmapId, {});
    expect((await fx.a.owner.fails(LINK, { f: feedbackId, note: 'x' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ideaId' });
    const viewer = await fx.t.addMember(fx.a, 'VIEWER');
    expect((await viewer.fails(LINK, { f: feedbackId, i: idea.id, note: 'x' })).extensions?.code).toBe('FORBIDDEN');
    const theirFeature = await create(fx.b, 'Feature', { title: 'Theirs', description: 'd', roadmapId: await createRoadmap(fx.b.owner) });
    expect((await fx.a.owner.fails(LINK, { f: feedbackId, i: idea.id, x: theirFeature, note: 'x' })).extensions?.code).toBe('NOT_FOUND');
    expect(await fx.t.sql(`SELECT id FROM feedback_idea_links WHERE feedback_id = $1`, [feedbackId])).toEqual([]);
  });
});
