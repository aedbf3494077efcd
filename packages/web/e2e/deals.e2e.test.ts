import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, watchErrors } from './support/browser';
import { gqlAs } from './support/own-organization';

/**
 * A deal's contact person (in New deal and on the deal) and moving a deal to another pipeline, in an
 * organization of its own made through the API, checked back through the API.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let token: string;
const stamp = Date.now().toString(36);
const email = `pia.${stamp}@example.com`;
const ids: Record<string, string> = {};

const gql = <T = any>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(token, query, variables);

beforeAll(async () => {
  browser = await launch();
  const { signUp } = await gql('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    { input: { name: 'Pia Pipe', email, password: 'correct horse battery', organizationName: `Pipes ${stamp}` } });
  token = signUp.accessToken;
  const { pipelines } = await gql('{ pipelines(first: 1) { nodes { id stages(first: 1, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id } } } } }');
  ids.firstStage = pipelines.nodes[0].stages.nodes[0].id;
  ids.company = (await gql('mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }', { input: { name: 'Larkspur Labs' } })).createCompany.id;
  ids.lena = (await gql('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', { input: { firstName: 'Lena', lastName: 'Larkspur', email: 'lena@larkspur.test', companyId: ids.company } })).createContact.id;
  ids.deal = (await gql('mutation ($input: CreateDealInput!) { createDeal(input: $input) { id } }', { input: { title: 'Lab rollout', stageId: ids.firstStage, companyId: ids.company } })).createDeal.id;
  ids.renewals = (await gql('mutation ($input: CreatePipelineInput!) { createPipeline(input: $input) { id } }', { input: { name: 'Renewals' } })).createPipeline.id;
  await gql('mutation ($input: CreatePipelineInput!) { createPipeline(input: $input) { id } }', { input: { name: 'Ventures' } });
  ids.renewalStage = (await gql('mutation ($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id } }',
    { input: { pipelineId: ids.renewals, name: 'Renewal due', position: 0, probability: 0.5 } })).createPipelineStage.id;

  context = await newContext(browser, { width: 1440, height: 900 });
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/board/);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function pick(field: string, typed: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: field }).fill(typed);
  await page.getByRole('option', { name: option }).click();
}

it('New deal takes a contact person among the chosen company’s people', async () => {
  await page.getByRole('button', { name: 'New deal' }).click();
  await page.getByLabel('Title').fill('Lab expansion');
  await pick('Company', 'Larksp', /Larkspur Labs/);
  await pick('Contact person', 'Lena', /Lena Larkspur/);
  await page.getByRole('button', { name: 'Create deal' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  const { deals } = await gql('{ deals(where: { title: { eq: "Lab expansion" } }) { nodes { contact { id } company { id } } } }');
  expect(deals.nodes).toEqual([{ contact: { id: ids.lena }, company: { id: ids.company } }]);
});

it('sets the contact person on a deal', async () => {
  await page.goto(`/deals/${ids.deal}`);
  await page.getByRole('button', { name: 'Contact person: none. Edit' }).click();
  await pick('Contact person', 'lena@lark', /Lena Larkspur/);
  await page.getByRole('link', { name: 'Lena Larkspur' }).waitFor();
  const { deal } = await gql('query ($id: ID!) { deal(id: $id) { contact { id } } }', { id: ids.deal });
  expect(deal.contact).toEqual({ id: ids.lena });
  // The owner sees the change in the deal's field history, with the person's name rather than an id.
  await page.reload();
  const history = page.getByRole('region', { name: 'Field history' });
  await history.getByText('Contact person', { exact: true }).waitFor();
  expect(await history.textContent()).toContain('empty → Lena Larkspur');
});

it('moves the deal to another pipeline', async () => {
  await page.getByRole('button', { name: 'Move to pipeline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move to another pipeline' });
  // A pipeline without stages says so rather than offering an empty list and a disabled button.
  await dialog.getByLabel('Pipeline').selectOption({ label: 'Ventures' });
  await dialog.getByText('“Ventures” has no stages yet. An administrator can add them in Settings → Pipelines.').waitFor();
  expect(await dialog.getByRole('button', { name: 'Move deal' }).isDisabled()).toBe(true);
  await dialog.getByLabel('Pipeline').selectOption({ label: 'Renewals' });
  await dialog.getByLabel('Stage').selectOption({ label: 'Renewal due' });
  await dialog.getByRole('button', { name: 'Move deal' }).click();
  await page.getByText('“Lab rollout” moved to the Renewals pipeline.').waitFor();
  const { deal } = await gql('query ($id: ID!) { deal(id: $id) { pipelineId stageId } }', { id: ids.deal });
  expect(deal).toEqual({ pipelineId: ids.renewals, stageId: ids.renewalStage });
});

it('never crashed', () => { expect(errors).toEqual([]); });
