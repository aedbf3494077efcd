import { parseCron } from '../../src/platform/jobs/cron';

/** The cron lines jobs are scheduled with (platform/jobs): UTC, minute resolution. */
const at = (iso: string) => new Date(iso);

it('matches every minute, a fixed time, lists, ranges and steps', () => {
  expect(parseCron('* * * * *').matches(at('2026-12-01T13:07:00Z'))).toBe(true);
  const daily = parseCron('23 3 * * *');
  expect(daily.matches(at('2026-12-01T03:23:00Z'))).toBe(true);
  expect(daily.matches(at('2026-12-01T03:24:00Z'))).toBe(false);
  expect(daily.matches(at('2026-12-01T04:23:00Z'))).toBe(false);
  const every10 = parseCron('*/10 * * * *');
  expect([0, 10, 50].every((m) => every10.matches(at(`2026-12-01T05:${String(m).padStart(2, '0')}:00Z`)))).toBe(true);
  expect(every10.matches(at('2026-12-01T05:15:00Z'))).toBe(false);
  const weekdays = parseCron('0 9 * * 1-5');
  expect(weekdays.matches(at('2026-12-01T09:00:00Z'))).toBe(true); // a Tuesday
  expect(weekdays.matches(at('2026-12-06T09:00:00Z'))).toBe(false); // a Sunday
  const listed = parseCron('0,30 12 1,15 * *');
  expect(listed.matches(at('2026-12-15T12:30:00Z'))).toBe(true);
  expect(listed.matches(at('2026-12-16T12:30:00Z'))).toBe(false);
});

it('day of month and day of week: either matches when both are given', () => {
  const cron = parseCron('0 0 1 * 0');
  expect(cron.matches(at('2026-12-01T00:00:00Z'))).toBe(true); // the 1st, a Tuesday
  expect(cron.matches(at('2026-12-06T00:00:00Z'))).toBe(true); // a Sunday
  expect(cron.matches(at('2026-12-02T00:00:00Z'))).toBe(false);
});

it('refuses lines it cannot read', () => {
  for (const line of ['* * * *', '60 * * * *', '* 24 * * *', '*/0 * * * *', 'a * * * *', '5-1 * * * *']) expect(() => parseCron(line)).toThrow();
});
