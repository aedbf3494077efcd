import { addDays, dayKey, groupByDay, moveToDay, startOfWeek, weekDays, weekFromParam, weekRange, zonedInstant } from './weekModel';

const at = (iso: string, id = iso) => ({ id, dueAt: iso });

describe('week boundaries', () => {
  it('starts on Monday, also when the day is a Sunday or the Monday itself', () => {
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30'); // Sunday
    expect(startOfWeek('2026-11-30')).toBe('2026-11-30'); // Monday
    expect(startOfWeek('2026-12-02')).toBe('2026-11-30');
  });

  it('crosses months, years and leap days', () => {
    expect(weekDays(startOfWeek('2027-01-01'))).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
  });

  it('a week with the spring change runs from local midnight to local midnight and is an hour short', () => {
    // Berlin's clocks go forward on Sunday 29 March 2026.
    const range = weekRange(startOfWeek('2026-03-29'), 'Europe/Berlin');
    expect(range).toEqual({ gte: '2026-03-22T23:00:00.000Z', lt: '2026-03-29T22:00:00.000Z' });
    expect(Date.parse(range.lt) - Date.parse(range.gte)).toBe((7 * 24 - 1) * 3600_000);
  });

  it('a week with the autumn change is an hour long, in the southern hemisphere too', () => {
    // Auckland's clocks go back on Sunday 5 April 2026 (UTC+13 to UTC+12).
    const range = weekRange(startOfWeek('2026-04-05'), 'Pacific/Auckland');
    expect(range).toEqual({ gte: '2026-03-29T11:00:00.000Z', lt: '2026-04-05T12:00:00.000Z' });
    expect(Date.parse(range.lt) - Date.parse(range.gte)).toBe((7 * 24 + 1) * 3600_000);
  });

  it('the same week starts at other instants in other zones', () => {
    expect(weekRange('2026-11-30', 'UTC').gte).toBe('2026-11-30T00:00:00.000Z');
    expect(weekRange('2026-11-30', 'America/New_York').gte).toBe('2026-11-30T05:00:00.000Z');
    expect(weekRange('2026-11-30', 'Asia/Kolkata').gte).toBe('2026-11-29T18:30:00.000Z');
  });

  it('reads the week from the URL, falling back to this week for anything that is not a date', () => {
    expect(weekFromParam('2026-12-10', '2026-12-03')).toBe('2026-12-07');
    expect(weekFromParam('2026-02-30', '2026-12-03')).toBe('2026-11-30');
    expect(weekFromParam('next', '2026-12-03')).toBe('2026-11-30');
    expect(weekFromParam(null, '2026-12-03')).toBe('2026-11-30');
  });
});

describe('grouping activities into days', () => {
  it('places an activity in its local day: an evening in New York is the next morning in UTC', () => {
    const days = groupByDay([
      at('2026-12-01T03:30:00Z', 'monday-evening'), // Mon 30 Nov 22:30 in New York
      at('2026-11-30T04:59:00Z', 'sunday-before'), // Sun 29 Nov 23:59: last week
      at('2026-12-07T04:59:00Z', 'sunday-late'), // Sun 6 Dec 23:59
      at('2026-12-07T05:00:00Z', 'next-monday'), // Mon 7 Dec 00:00: next week
      { id: 'undated', dueAt: null },
    ], '2026-11-30', 'America/New_York');
    expect([...days.keys()]).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(days.get('2026-11-30')!.map((a) => a.id)).toEqual(['monday-evening']);
    expect(days.get('2026-12-06')!.map((a) => a.id)).toEqual(['sunday-late']);
    expect([...days.values()].flat().map((a) => a.id).sort()).toEqual(['monday-evening', 'sunday-late']);
  });

  it('the same instants fall on other days in Tokyo', () => {
    const days = groupByDay([at('2026-12-01T03:30:00Z', 'a'), at('2026-12-06T16:00:00Z', 'b')], '2026-11-30', 'Asia/Tokyo');
    expect(days.get('2026-12-01')!.map((x) => x.id)).toEqual(['a']); // 12:30 local
    expect([...days.values()].flat().map((x) => x.id)).toEqual(['a']); // b is Monday 7 Dec 01:00 local
  });

  it('orders each day by due time', () => {
    const days = groupByDay([at('2026-12-02T15:00:00Z', 'late'), at('2026-12-02T08:00:00Z', 'early'), at('2026-12-02T11:00:00Z', 'noon')], '2026-11-30', 'UTC');
    expect(days.get('2026-12-02')!.map((a) => a.id)).toEqual(['early', 'noon', 'late']);
  });

  it('on the day the clocks go forward, 01:30 and 03:30 local are both that Sunday, and its midnight ends it', () => {
    const days = groupByDay([at('2026-03-29T00:30:00Z', 'before'), at('2026-03-29T01:30:00Z', 'after'), at('2026-03-29T22:00:00Z', 'monday')], '2026-03-23', 'Europe/Berlin');
    expect(days.get('2026-03-29')!.map((a) => a.id)).toEqual(['before', 'after']);
    expect([...days.values()].flat()).toHaveLength(2);
  });
});

describe('moving an activity to another day', () => {
  it('keeps its local time of day', () => {
    expect(moveToDay('2026-12-01T14:30:00Z', '2026-12-04', 'America/New_York')).toBe('2026-12-04T14:30:00.000Z'); // 09:30 local
    expect(moveToDay('2026-12-01T03:30:00Z', '2026-12-03', 'America/New_York')).toBe('2026-12-04T03:30:00.000Z'); // 22:30 local on the 3rd
    expect(moveToDay('2026-12-01T03:30:00Z', '2026-12-03', 'Asia/Tokyo')).toBe('2026-12-03T03:30:00.000Z');
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    // 09:00 on Friday 27 March (UTC+1) to Monday 30 March (UTC+2): still 09:00 in Berlin.
    expect(moveToDay('2026-03-27T08:00:00Z', '2026-03-30', 'Europe/Berlin')).toBe('2026-03-30T07:00:00.000Z');
    // And back: 09:00 on Monday 30 March to Friday 27 March.
    expect(moveToDay('2026-03-30T07:00:00Z', '2026-03-27', 'Europe/Berlin')).toBe('2026-03-27T08:00:00.000Z');
  });

  it('a time the spring change skips lands an hour later, on the same day', () => {
    const moved = moveToDay('2026-03-28T01:30:00Z', '2026-03-29', 'Europe/Berlin'); // 02:30 local does not exist on the 29th
    expect(dayKey(new Date(moved), 'Europe/Berlin')).toBe('2026-03-29');
    expect(moved).toBe('2026-03-29T01:30:00.000Z'); // 03:30 local
    expect(zonedInstant('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});
