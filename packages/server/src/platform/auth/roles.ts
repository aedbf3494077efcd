import { registerEnumType } from 'type-graphql';

/** Widest first. The permission each one grants lives in policy.ts beside this file, and only there. */
export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  MEMBER = 'MEMBER',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role', description: 'Permission level inside one organization.' });

export const ROLE_RANK: Record<Role, number> = { OWNER: 5, ADMIN: 4, MANAGER: 3, MEMBER: 2, VIEWER: 1 };
export const roleAtLeast = (role: Role, minimum: Role) => ROLE_RANK[role] >= ROLE_RANK[minimum];
export const lowerRole = (a: Role, b: Role) => (ROLE_RANK[a] <= ROLE_RANK[b] ? a : b);
