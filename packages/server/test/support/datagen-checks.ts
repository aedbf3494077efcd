import type { TestPlatform } from './harness';

/** The generator's clock in its tests: fixed, so two runs make the same rows. */
export const DATAGEN_NOW = new Date('2026-11-02T00:00:00Z');

/**
 * For each rule, how many rows its query over the given organizations ($1) returns: the rows that
 * break it, so every count must be 0.
 */
export async function rowsBreaking<R extends string>(t: TestPlatform, organizationIds: string[], rules: Record<R, string>): Promise<Record<R, number>> {
  const found = {} as Record<R, number>;
  for (const [rule, query] of Object.entries(rules) as [R, string][]) found[rule] = (await t.sql(query, [organizationIds])).length;
  return found;
}
