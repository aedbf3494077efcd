import type { Role } from '../gql/graphql';

// The role table of the README (packages/server/src/platform/auth/policy.ts is the source of truth).
const RANK: Record<Role, number> = { VIEWER: 0, MEMBER: 1, MANAGER: 2, ADMIN: 3, OWNER: 4 };

/** Settings (pipelines, stages, teams, custom fields, API keys, trash): owners and admins. */
export const canOpenSettings = (role: Role | null | undefined) => role === 'OWNER' || role === 'ADMIN';
/** Members, roles and the organization: owners change them, admins read them. */
export const canManageMembers = (role: Role | null | undefined) => role === 'OWNER';
/** A role can only grant roles up to its own. */
export const grantableRoles = (role: Role | null | undefined): Role[] =>
  (Object.keys(RANK) as Role[]).filter((r) => role && RANK[r] <= RANK[role]).sort((a, b) => RANK[a] - RANK[b]);
