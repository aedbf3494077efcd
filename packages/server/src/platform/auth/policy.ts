import { Role, roleAtLeast } from './roles';
import { forbidden } from '../errors';

/**
 * The role matrix of domain.md, in one place. Every resolver asks here; nothing else decides.
 * An area is a group of data with one rule; modules add their own with `defineArea`.
 *  - records: customer, deal, activity data — MEMBER creates, and changes what it owns or is assigned.
 *  - settings: pipelines, stages, custom fields, teams — ADMIN and above write, MANAGER and below read.
 *  - members: memberships, roles, invitations, the organization itself — OWNER only.
 *  - apiKeys: ADMIN and above.
 *  - audit: ADMIN reads, nobody writes through the API (the platform writes it).
 */
export type BuiltInArea = 'records' | 'settings' | 'members' | 'apiKeys' | 'audit';
export type AccessArea = BuiltInArea | (string & {});
export type Action = 'read' | 'create' | 'update' | 'delete';

export interface Actor {
  userId: string;
  role: Role;
  apiKeyId?: string;
}

export interface AreaRule {
  /** Least role that reads the area. */
  read: Role;
  /** Least role that writes in it at all. */
  write: Role;
  /**
   * Least role that changes any row; roles from `write` up to it change only rows they own or are
   * assigned (the resource's `ownedBy` / `assignedTo`). Omitted: `write` changes any row.
   */
  writeAny?: Role;
}

const AREAS = new Map<string, AreaRule>();

/** Declares an area and its rule; a module calls this once for each area it adds. */
export function defineArea(name: string, rule: AreaRule): void {
  const existing = AREAS.get(name);
  if (existing && JSON.stringify(existing) !== JSON.stringify(rule)) throw new Error(`Access area ${name} is declared twice with different rules`);
  AREAS.set(name, rule);
}

/** Every declared area and its rule (the role-matrix tests are generated from this). */
export function accessAreas(): ReadonlyMap<string, AreaRule> {
  return AREAS;
}

export function areaRule(area: AccessArea): AreaRule {
  const rule = AREAS.get(area);
  if (!rule) throw new Error(`Unknown access area ${area}: declare it with defineArea`);
  return rule;
}

defineArea('records', { read: Role.VIEWER, write: Role.MEMBER, writeAny: Role.MANAGER });
defineArea('settings', { read: Role.VIEWER, write: Role.ADMIN });
defineArea('members', { read: Role.VIEWER, write: Role.OWNER });
defineArea('apiKeys', { read: Role.ADMIN, write: Role.ADMIN });
defineArea('audit', { read: Role.ADMIN, write: Role.OWNER });

/** The people a row belongs to, for areas where lesser roles change only their own rows. */
export interface OwnedRow {
  ownerId?: string | null;
  assignedToId?: string | null;
}

/** Whether the actor may only change its own rows in this area (and which rows those are decides). */
export function limitedToOwnRows(actor: Actor, area: AccessArea): boolean {
  const rule = areaRule(area);
  return !!rule.writeAny && !roleAtLeast(actor.role, rule.writeAny);
}

/** Why the actor may not do this, in words for the error; null when it may. One place decides both `can` and `assertCan`. */
function refusal(actor: Actor, action: Action, area: AccessArea, row?: OwnedRow): string | null {
  const rule = areaRule(area);
  if (!roleAtLeast(actor.role, action === 'read' ? rule.read : rule.write)) return `Your role (${actor.role}) cannot ${action} ${area}`;
  const others = action !== 'read' && action !== 'create' && row && limitedToOwnRows(actor, area) && row.ownerId !== actor.userId && row.assignedToId !== actor.userId;
  return others ? `Your role (${actor.role}) can only change ${area} it owns or is assigned to` : null;
}

export function can(actor: Actor, action: Action, area: AccessArea, row?: OwnedRow): boolean {
  return refusal(actor, action, area, row) === null;
}

export function assertCan(actor: Actor, action: Action, area: AccessArea, row?: OwnedRow): void {
  const why = refusal(actor, action, area, row);
  if (why) throw forbidden(why);
}

/** A role may only hand out roles no higher than its own (API keys, invitations). */
export function assertCanGrant(actor: Actor, role: Role): void {
  if (!roleAtLeast(actor.role, role)) throw forbidden(`You cannot grant ${role}: it is above your own role (${actor.role})`);
}
