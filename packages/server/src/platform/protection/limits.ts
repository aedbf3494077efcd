/**
 * Limits on what one GraphQL request may ask for, checked before execution. Defaults fit the
 * board and reports with room to spare; an organization (settings.apiLimits) or an API key
 * (api_keys.limits) may set its own, never above the hard ceilings.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the document (graphql-js counts them while parsing). */
  maxTokens: number;
  /** Characters of the query text. */
  maxDocumentBytes: number;
  /** Cost units, see cost.ts. */
  maxCost: number;
  /** Requests per minute per user or API key. */
  requestsPerMinute: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  // Introspection counts like any query, and the standard one (GraphiQL, codegen) nests 15 deep.
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5000,
  maxDocumentBytes: 50_000,
  maxCost: 50_000,
  requestsPerMinute: 600,
};

/** Hard ceilings on what an organization or API key may set (exported for test/platform/limit-ceilings.test.ts). */
export const CEILING: QueryLimits = {
  maxDepth: 25,
  maxAliases: 200,
  maxDirectives: 100,
  maxTokens: 20_000,
  maxDocumentBytes: 200_000,
  maxCost: 1_000_000,
  requestsPerMinute: 10_000,
};

const valid = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/**
 * The deployment's defaults (`base`: the operator's settings, e.g. RATE_LIMIT_PER_MINUTE, taken as
 * given — the ceilings bound tenants, not the operator) overridden by organization, then API key;
 * unknown keys ignored, tenant values clamped to the ceiling (or to the operator's default when higher).
 */
export function effectiveLimits(base: Partial<QueryLimits> | null | undefined, ...overrides: (Record<string, unknown> | null | undefined)[]): QueryLimits {
  const limits = { ...DEFAULT_LIMITS };
  const ceiling = { ...CEILING };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof QueryLimits)[]) {
    const value = base?.[key];
    if (valid(value)) {
      limits[key] = value;
      ceiling[key] = Math.max(CEILING[key], value);
    }
  }
  for (const override of overrides) {
    if (!override) continue;
    for (const key of Object.keys(DEFAULT_LIMITS) as (keyof QueryLimits)[]) {
      const value = override[key];
      if (valid(value)) limits[key] = Math.min(value, ceiling[key]);
    }
  }
  return limits;
}
