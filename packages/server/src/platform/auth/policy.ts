import { Role, roleAtLeast } from '../../modules/identity/roles';
import { forbidden } from '../errors';

/**
 * The role matrix of domain.md, in one place. Every resolver asks here; nothing else decides.
 *  - records: customer, deal, activity data — MEMBER creates and edits what it owns or is assigned.
 *  - settings: pipelines, stages, custom fields, teams — ADMIN and above write, MANAGER and below read.
 *  - members: memberships, roles, invitations, the organization itself — OWNER only.
 *  - apiKeys: ADMIN and above.
 */
export type AccessArea = 'records' | 'settings' | 'members' | 'apiKeys' | 'audit';
export type Action = 'read' | 'create' | 'update' | 'delete';

export interface Actor {
  userId: string;
  role: Role;
  apiKeyId?: string;
}

const WRITE_MINIMUM: Record<AccessArea, Role> = {
  records: Role.MEMBER,
  settings: Role.ADMIN,
  members: Role.OWNER,
  apiKeys: Role.ADMIN,
  audit: Role.OWNER,
};

const READ_MINIMUM: Record<AccessArea, Role> = {
  records: Role.VIEWER,
  settings: Role.VIEWER,
  members: Role.VIEWER,
  apiKeys: Role.ADMIN,
  audit: Role.ADMIN,
};

/** Rows a MEMBER may change: it owns them or is assigned to them. */
export interface OwnedRow {
  ownerId?: string | null;
  assignedToId?: string | null;
}

export function can(actor: Actor, action: Action, area: AccessArea, row?: OwnedRow): boolean {
  if (action === 'read') return roleAtLeast(actor.role, READ_MINIMUM[area]);
  if (!roleAtLeast(actor.role, WRITE_MINIMUM[area])) return false;
  if (area === 'records' && actor.role === Role.MEMBER && action !== 'create' && row) {
    return row.ownerId === actor.userId || row.assignedToId === actor.userId;
  }
  return true;
}

export function assertCan(actor: Actor, action: Action, area: AccessArea, row?: OwnedRow): void {
  if (can(actor, action, area, row)) return;
  if (actor.role === Role.MEMBER && area === 'records' && row) {
    throw forbidden('Members can only change records they own or are assigned to');
  }
  throw forbidden(`Your role (${actor.role}) cannot ${action} ${area === 'records' ? 'records' : area}`);
}

/** A role may only hand out roles no higher than its own (API keys, invitations). */
export function assertCanGrant(actor: Actor, role: Role): void {
  if (!roleAtLeast(actor.role, role)) throw forbidden(`You cannot grant ${role}: it is above your own role (${actor.role})`);
}
