import type { Role } from '../gql/graphql';

/** Financials and metrics (area `analytics`): everyone reads, managers and up write (packages/server/src/modules/analytics/resources.ts). */
export const canWriteKpis = (role: Role | null | undefined) => role === 'OWNER' || role === 'ADMIN' || role === 'MANAGER';
