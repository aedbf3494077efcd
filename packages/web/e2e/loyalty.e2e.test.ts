import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './support/browser';
import { ownOrganization } from './support/own-organization';

/**
 * A contact's loyalty balance and points history on the contact page, in an organization of its
 * own: points given and spent through the API, then read in the browser.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const stamp = Date.now().toString(36);
const ids: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
  const { gql, signedIn } = await ownOrganization('Lou Loyal', `Points ${stamp}`, `lou.${stamp}@example.com`);
  ids.program = (await gql('mutation { createLoyaltyProgram(input: { name: "Coffee Club" }) { id } }')).createLoyaltyProgram.id;
  ids.contact = (await gql('mutation { createContact(input: { firstName: "Maya", lastName: "Bean" }) { id } }')).createContact.id;
  const { adjustLoyaltyPoints } = await gql('mutation ($c: ID!, $p: ID!) { adjustLoyaltyPoints(input: { contactId: $c, programId: $p, points: 120, reason: "Welcome gift" }) { id } }', { c: ids.contact, p: ids.program });
  await gql('mutation ($a: ID!) { redeemPoints(input: { accountId: $a, points: 45, description: "Free latte" }) { id } }', { a: adjustLoyaltyPoints.id });
  ids.empty = (await gql('mutation { createContact(input: { firstName: "Nia", lastName: "Nopoints" }) { id } }')).createContact.id;
  ({ context, page, errors } = await signedIn(browser));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const rowsOf = (panel: string) => page.getByRole('region', { name: panel }).locator('tbody tr');
const cells = async (panel: string) => Promise.all((await rowsOf(panel).all()).map(async (row) => (await row.locator('td').allInnerTexts()).map((t) => t.trim())));

it('shows the balance per program and the history, newest first', async () => {
  await page.goto(`/contacts/${ids.contact}`);
  await page.getByRole('heading', { name: 'Maya Bean' }).waitFor();
  await rowsOf('Loyalty points').first().waitFor();
  expect(await cells('Loyalty points')).toEqual([['Coffee Club', '75', '0', '45']]);
  await rowsOf('Points history').nth(1).waitFor();
  const history = (await cells('Points history')).map((row) => row.slice(1));
  expect(history).toEqual([
    ['Redeemed', '-45', '75', 'Coffee Club', 'Free latte'],
    ['Adjusted', '+120', '120', 'Coffee Club', 'Welcome gift'],
  ]);
  expect(errors).toEqual([]);
});

it('says so when a contact has no points', async () => {
  await page.goto(`/contacts/${ids.empty}`);
  await page.getByRole('heading', { name: 'Nia Nopoints' }).waitFor();
  await page.getByRole('region', { name: 'Loyalty points' }).getByText('No loyalty points yet').waitFor();
  await page.getByRole('region', { name: 'Points history' }).getByText('No points earned or spent yet').waitFor();
  expect(errors).toEqual([]);
});
