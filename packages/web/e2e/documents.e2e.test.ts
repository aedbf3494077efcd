import { horizontalOverflow, seriousViolations } from './support/axe';
import { dataRows, eventually, text } from './support/browser';
import { ownOrganizationFile } from './support/own-organization';

/** The document editor: each save is a new revision; the history shows who wrote each and when; an old one can be read and restored (as a new revision). */
const stamp = Date.now().toString(36);
let documentId: string;
const own = ownOrganizationFile('Dora Docs', `Docs Co ${stamp}`, `dora.${stamp}@example.com`);

const content = () => own.page.getByLabel('Content');
const revisionShown = async () => text(own.page.getByTestId('document-revision'));
const history = () => own.page.locator('ol.document-history > li');
const onServer = async () => (await own.org.gql(`query($id: ID!) { document(id: $id) { revision content } }`, { id: documentId })).document as { revision: number; content: string };

async function saveAs(body: string, revision: number) {
  await content().fill(body);
  await own.page.getByRole('button', { name: 'Save' }).click();
  await eventually(`revision ${revision}`, async () => (await revisionShown()) === `Revision ${revision}`);
}

it('creates a document from the list, which opens at revision 1', async () => {
  await own.page.getByRole('link', { name: 'Documents' }).click();
  await own.page.waitForURL(/\/documents$/);
  await own.page.getByRole('button', { name: 'New document' }).first().click();
  const dialog = own.page.getByRole('dialog', { name: 'New document' });
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await dialog.getByText('Give the document a title').waitFor();
  await dialog.getByLabel('Title').fill('Onboarding PRD');
  await dialog.getByLabel('Type').selectOption('PRD');
  await dialog.getByLabel('Content').fill('First draft');
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await own.page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  documentId = own.page.url().split('/').pop()!;
  await own.page.getByRole('heading', { level: 1, name: 'Onboarding PRD' }).waitFor();
  expect(await revisionShown()).toBe('Revision 1');
  expect(await content().inputValue()).toBe('First draft');
});

it('saves two edits as revisions 2 and 3, listed in the history with author and time', async () => {
  await saveAs('Second draft', 2);
  await saveAs('Third draft', 3);
  expect(await onServer()).toEqual({ revision: 3, content: 'Third draft' });
  await eventually('three revisions listed', async () => (await history().count()) === 3);
  expect(await history().evaluateAll((items) => items.map((li) => li.getAttribute('data-revision')))).toEqual(['3', '2', '1']);
  const first = own.page.locator('li[data-revision="1"]');
  expect(await text(first.locator('strong'))).toBe('Revision 1');
  expect(await text(first.locator('.muted'))).toMatch(/^Dora Docs · .*\d{2}:\d{2}/);
  expect(await seriousViolations(own.page)).toEqual([]);
});

it('opens the first revision and restores it as revision 4', async () => {
  await own.page.getByRole('button', { name: 'View revision 1' }).click();
  const dialog = own.page.getByRole('dialog', { name: 'Revision 1' });
  await dialog.getByTestId('version-content').waitFor();
  expect(await text(dialog.getByTestId('version-content'))).toBe('First draft');
  expect(await seriousViolations(own.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await eventually('revision 4', async () => (await revisionShown()) === 'Revision 4');
  expect(await content().inputValue()).toBe('First draft');
  expect(await onServer()).toEqual({ revision: 4, content: 'First draft' });
  await eventually('four revisions listed', async () => (await history().count()) === 4);
  // The history is kept: revision 3 still reads as it was written.
  await own.page.getByRole('button', { name: 'View revision 3' }).click();
  expect(await text(own.page.getByRole('dialog', { name: 'Revision 3' }).getByTestId('version-content'))).toBe('Third draft');
  await own.page.keyboard.press('Escape');
  expect(own.errors).toEqual([]);
});

it('tells the writer when someone else saved meanwhile, and keeps their text', async () => {
  await own.org.gql(`mutation($id: ID!) { updateDocument(id: $id, input: { content: "Edited elsewhere" }) { id } }`, { id: documentId });
  await content().fill('My change');
  await own.page.getByRole('button', { name: 'Save' }).click();
  await own.page.getByRole('alert').filter({ hasText: 'Someone saved this document after you opened it' }).waitFor();
  expect(await content().inputValue()).toBe('My change');
  expect((await onServer()).content).toBe('Edited elsewhere');
});

it('lists the document and lets a viewer read it at phone width without editing', async () => {
  await own.asMember('VIEWER', 'Val Viewer', async (session) => {
    await session.page.goto('/documents');
    await dataRows(session.page).filter({ hasText: 'Onboarding PRD' }).waitFor();
    expect(await session.page.getByRole('button', { name: 'New document' }).count()).toBe(0);
    await session.page.getByRole('link', { name: 'Onboarding PRD' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Onboarding PRD' }).waitFor();
    expect(await session.page.getByLabel('Content').getAttribute('readonly')).not.toBeNull();
    expect(await session.page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await session.page.getByRole('button', { name: 'View revision 1' }).click();
    await session.page.getByRole('dialog', { name: 'Revision 1' }).getByTestId('version-content').waitFor();
    expect(await session.page.getByRole('button', { name: 'Restore this version' }).count()).toBe(0);
    expect(await horizontalOverflow(session.page)).toBeLessThanOrEqual(0);
    expect(session.errors).toEqual([]);
  });
});
