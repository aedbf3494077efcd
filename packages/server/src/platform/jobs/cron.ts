/**
 * Five-field cron lines (minute hour day-of-month month day-of-week, UTC): `*`, numbers, lists
 * `1,15`, ranges `1-5` and steps `*\/10` or `0-30/5`. Day of month and day of week both apply when
 * both are given, as in classic cron.
 */
const LIMITS: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]];

function field(text: string, [min, max]: [number, number]): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, to] = range === '*' ? [min, max] : range.includes('-') ? range.split('-').map(Number) : [Number(range), stepText === undefined ? Number(range) : max];
    if (![from, to, step].every(Number.isInteger) || step < 1 || from < min || to > max || from > to) throw new Error(`Cron field "${text}" is not within ${min}-${max}`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export interface Cron {
  matches(date: Date): boolean;
}

export function parseCron(line: string): Cron {
  const parts = line.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`Cron "${line}" needs five fields: minute hour day-of-month month day-of-week`);
  const [minute, hour, day, month, weekday] = parts.map((p, i) => field(p, LIMITS[i]));
  const anyDay = parts[2] === '*';
  const anyWeekday = parts[4] === '*';
  return {
    matches(d: Date) {
      if (!minute.has(d.getUTCMinutes()) || !hour.has(d.getUTCHours()) || !month.has(d.getUTCMonth() + 1)) return false;
      const byDay = day.has(d.getUTCDate());
      const byWeekday = weekday.has(d.getUTCDay());
      return anyDay && anyWeekday ? true : anyDay ? byWeekday : anyWeekday ? byDay : byDay || byWeekday;
    },
  };
}
