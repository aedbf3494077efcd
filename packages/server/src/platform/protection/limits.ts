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
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5000,
  maxDocumentBytes: 50_000,
  maxCost: 50_000,
  requestsPerMinute: 600,
};

const CEILING: QueryLimits = {
  maxDepth: 25,
  maxAliases: 200,
  maxDirectives: 100,
  maxTokens: 20_000,
  maxDocumentBytes: 200_000,
  maxCost: 1_000_000,
  requestsPerMinute: 10_000,
};

/** Defaults overridden by organization, then API key; unknown keys ignored, values clamped. */
export function effectiveLimits(...overrides: (Record<string, unknown> | null | undefined)[]): QueryLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const override of overrides) {
    if (!override || typeof override !== 'object') continue;
    for (const key of Object.keys(DEFAULT_LIMITS) as (keyof QueryLimits)[]) {
      const value = override[key];
      if (typeof value === 'number' && Number.isInteger(value) && value > 0) limits[key] = Math.min(value, CEILING[key]);
    }
  }
  return limits;
}
