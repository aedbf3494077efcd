import type { Locator, Page } from 'playwright-core';
import { horizontalOverflow, seriousViolations } from './support/axe';
import { eventually, text } from './support/browser';
import { createRoadmap, ownOrganizationFile } from './support/own-organization';

/** The OKR page: each objective's progress bar is the server's, derived from its key results; updating one moves the bar. */
const stamp = Date.now().toString(36);
let okrId: string;
const own = ownOrganizationFile('Otto Okr', `OKR Co ${stamp}`, `otto.${stamp}@example.com`, async (org) => {
  const roadmapId = await createRoadmap(org);
  okrId = (await org.gql(`mutation($r: ID!) { createOkr(input: { roadmapId: $r, title: "Grow activation", quarter: "2027-Q1", status: ACTIVE }) { id } }`, { r: roadmapId })).createOkr.id;
  const kr = (title: string, startValue: number, targetValue: number, currentValue: number) =>
    org.gql(`mutation($input: CreateKeyResultInput!) { createKeyResult(input: $input) { id } }`, { input: { okrId, title, startValue, targetValue, currentValue, unit: 'teams' } });
  // 20% and 40%: the objective is at 30%.
  await kr('Signups', 0, 100, 20);
  await kr('Teams onboarded', 0, 10, 4);
});

const objective = (title: string): Locator => own.page.locator('section.okr').filter({ has: own.page.getByRole('heading', { name: title }) });
const barOf = (scope: Page | Locator, label: string) => scope.getByRole('progressbar', { name: label });
const percent = async (bar: Locator) => Number(await bar.getAttribute('aria-valuenow'));

it('shows each objective with its progress and its key results (start, current, target, weight)', async () => {
  await own.page.getByRole('link', { name: 'OKRs' }).click();
  await own.page.waitForURL(/\/okrs/);
  const okr = objective('Grow activation');
  await okr.waitFor();
  expect(await percent(barOf(okr, 'Grow activation progress'))).toBe(30);
  expect(await percent(barOf(okr, 'Teams onboarded progress'))).toBe(40);
  const teams = okr.locator('li.okr-kr').filter({ hasText: 'Teams onboarded' });
  expect(await text(teams.locator('.okr-kr-head .muted'))).toBe('start 0 · current 4 · target 10 teams · weight 50%');
  expect(await seriousViolations(own.page)).toEqual([]);
});

it('updating a key result moves the objective\'s bar to the server\'s new progress, kept after a reload', async () => {
  const okr = objective('Grow activation');
  const input = okr.getByLabel('Current value of Teams onboarded (teams)');
  await input.fill('10');
  await okr.locator('li.okr-kr').filter({ hasText: 'Teams onboarded' }).getByRole('button', { name: 'Update' }).click();
  // 20% and 100%: 60%.
  await eventually('objective at 60%', async () => (await percent(barOf(okr, 'Grow activation progress'))) === 60);
  expect(await percent(barOf(okr, 'Teams onboarded progress'))).toBe(100);
  expect((await own.org.gql(`query($id: ID!) { okr(id: $id) { progress } }`, { id: okrId })).okr.progress).toBeCloseTo(0.6);
  await own.page.reload();
  await eventually('still 60% after reload', async () => (await percent(barOf(objective('Grow activation'), 'Grow activation progress'))) === 60);
});

it('says what is wrong with a value that is not a number, and changes nothing', async () => {
  const okr = objective('Grow activation');
  await okr.getByLabel('Current value of Signups (teams)').fill('lots');
  await okr.locator('li.okr-kr').filter({ hasText: 'Signups' }).getByRole('button', { name: 'Update' }).click();
  await okr.getByRole('alert').filter({ hasText: 'Enter a number' }).waitFor();
  expect(await percent(barOf(okr, 'Grow activation progress'))).toBe(60);
  expect(own.errors).toEqual([]);
});

it('lets a viewer read progress at phone width but not update it', async () => {
  await own.asMember('VIEWER', 'Vera Viewer', async (session) => {
    await session.page.goto('/okrs');
    const bar = barOf(session.page, 'Grow activation progress');
    await bar.waitFor();
    expect(await percent(bar)).toBe(60);
    expect(await session.page.getByRole('button', { name: 'Update' }).count()).toBe(0);
    expect(await horizontalOverflow(session.page)).toBeLessThanOrEqual(0);
    expect(session.errors).toEqual([]);
  });
});
