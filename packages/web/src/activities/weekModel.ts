/**
 * The week view's calendar arithmetic. Days are `YYYY-MM-DD` keys counted on the calendar (never by
 * adding 24 h to an instant), and instants are read and made in an explicit IANA time zone, the
 * browser's by default, so weeks that cross a daylight-saving change stay whole.
 */

export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const pad = (n: number) => String(n).padStart(2, '0');
const keyOfUtc = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ymd = (key: string) => key.split('-').map(Number) as [number, number, number];

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(instant: Date, zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour! % 24, minute: p.minute!, second: p.second!, ms: instant.getUTCMilliseconds() };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offset(instant: Date, zone: string): number {
  const w = wallClock(instant, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - instant.getTime();
}

/** The instant the zone's clocks show this wall-clock time (a time skipped by a spring change lands an hour later). */
export function zonedInstant(key: string, zone: string, time: { hour: number; minute: number; second?: number; ms?: number } = { hour: 0, minute: 0 }): Date {
  const [y, m, d] = ymd(key);
  const asUtc = Date.UTC(y, m - 1, d, time.hour, time.minute, time.second ?? 0, time.ms ?? 0);
  const first = asUtc - offset(new Date(asUtc), zone);
  return new Date(asUtc - offset(new Date(first), zone));
}

/** The day (`YYYY-MM-DD`) an instant falls on in the zone. */
export function dayKey(instant: Date, zone: string): string {
  const w = wallClock(instant, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

export function addDays(key: string, days: number): string {
  const [y, m, d] = ymd(key);
  return keyOfUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Monday of the week the day falls in (weeks start on Monday). */
export function startOfWeek(key: string): string {
  const [y, m, d] = ymd(key);
  return addDays(key, -((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7));
}

/** The seven days from Monday. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The instants the week covers, for the query: from Monday 00:00 up to (not including) the next Monday 00:00. */
export function weekRange(monday: string, zone: string): { gte: string; lt: string } {
  return { gte: zonedInstant(monday, zone).toISOString(), lt: zonedInstant(addDays(monday, 7), zone).toISOString() };
}

/** Monday of the week a `?week=YYYY-MM-DD` parameter names (any day of it), or of `today`'s week when it is missing or no real date. */
export function weekFromParam(param: string | null, today: string): string {
  if (param && /^\d{4}-\d{2}-\d{2}$/.test(param) && addDays(param, 0) === param) return startOfWeek(param);
  return startOfWeek(today);
}

/**
 * Activities by day for the seven days of the week, each day by due time; activities without a
 * due date or outside the week are left out.
 */
export function groupByDay<T extends { id: string; dueAt?: string | null }>(activities: readonly T[], monday: string, zone: string): Map<string, T[]> {
  const days = new Map<string, T[]>(weekDays(monday).map((d) => [d, []]));
  for (const activity of activities) {
    if (!activity.dueAt) continue;
    days.get(dayKey(new Date(activity.dueAt), zone))?.push(activity);
  }
  for (const list of days.values()) list.sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!) || a.id.localeCompare(b.id));
  return days;
}

/** The instant on `day` at the same wall-clock time of day, in the zone, as `dueAt`. */
export function moveToDay(dueAt: string, day: string, zone: string): string {
  const w = wallClock(new Date(dueAt), zone);
  return zonedInstant(day, zone, { hour: w.hour, minute: w.minute, second: w.second, ms: w.ms }).toISOString();
}
