import type { TestPlatform } from './harness';

/** The generator's clock in its tests: fixed, so two runs make the same rows. */
export const DATAGEN_NOW = new Date('2026-11-02T00:00:00Z');

/** How many rows a query over the given organizations ($1) returns: rows that break a rule, for "must be 0" checks. */
export const rowsFound = (t: TestPlatform, organizationIds: string[]) => (text: string): Promise<number> => t.sql(text, [organizationIds]).then((rows) => rows.length);
