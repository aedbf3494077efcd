import { ArgsType, Field, ID } from 'type-graphql';
import type { TenantContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { defineAction } from '../../platform/resource/actions';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { assertAnotherOwner, beginMemberChange } from './identity.resolver';
import { ApiKeyResource, InvitationResource, MembershipResource } from './resources';
import { Role } from './roles';

/** The membership of a user in the caller's organization (members are named by their user id). */
async function membershipOf(ctx: TenantContext, userId: string): Promise<string> {
  const row = await ctx.db.one<{ id: string }>(sql`SELECT m.id FROM ${tableAs(MembershipResource, 'm')} WHERE ${readable(ctx, MembershipResource, 'm')} AND m.user_id = ${userId}::uuid`);
  if (!row) throw notFound('Member', 'userId');
  return row.id;
}

@ArgsType()
class ChangeMemberRoleArgs {
  @Field(() => ID) userId: string;
  @Field(() => Role) role: Role;
}

@ArgsType()
class SetMemberTeamArgs {
  @Field(() => ID) userId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
}

@ArgsType()
class MemberArgs {
  @Field(() => ID) userId: string;
}

@ArgsType()
class IdArgs {
  @Field(() => ID) id: string;
}

// Role changes and removals run one at a time per organization, judged by the actor's role as it is now.
export const ChangeMemberRole = defineAction(MembershipResource, {
  name: 'changeMemberRole',
  description: 'OWNER only; the last OWNER cannot be demoted.',
  args: ChangeMemberRoleArgs,
  auditAs: 'CHANGE_ROLE',
  before: (ctx) => beginMemberChange(ctx),
  recordId: ({ userId }, ctx) => membershipOf(ctx, userId),
  async change(ctx, member, { userId, role }) {
    if (member.role === Role.OWNER && role !== Role.OWNER) await assertAnotherOwner(ctx, userId);
    return { role };
  },
});

export const SetMemberTeam = defineAction(MembershipResource, {
  name: 'setMemberTeam',
  description: 'ADMIN and above: puts a member in a team (or none).',
  args: SetMemberTeamArgs,
  area: 'settings',
  auditAs: 'UPDATE',
  recordId: ({ userId }, ctx) => membershipOf(ctx, userId),
  change: (_ctx, _member, { teamId }) => ({ teamId }),
});

export const RemoveMember = defineAction(MembershipResource, {
  name: 'removeMember',
  description: 'OWNER only. The person keeps their account; their records stay.',
  args: MemberArgs,
  access: 'delete',
  trashes: true,
  auditAs: 'DELETE',
  before: (ctx) => beginMemberChange(ctx),
  recordId: ({ userId }, ctx) => membershipOf(ctx, userId),
  async change(ctx, member, { userId }) {
    if (member.role === Role.OWNER) await assertAnotherOwner(ctx, userId);
    return {};
  },
  async afterChange(ctx, _before, _after, { userId }) {
    // Their keys die with the membership, and stay dead should they be invited back.
    await ctx.db.query(sql`UPDATE ${tableAs(ApiKeyResource, 'k')} SET revoked_at = now() WHERE ${ofTenant(ctx, 'k')} AND k.created_by_id = ${userId}::uuid AND k.revoked_at IS NULL`);
  },
});

export const RevokeApiKey = defineAction(ApiKeyResource, {
  name: 'revokeApiKey',
  args: IdArgs,
  access: 'delete',
  auditAs: 'REVOKE',
  recordId: ({ id }) => id,
  change: (_ctx, key) => (key.revokedAt ? {} : { revokedAt: new Date() }),
});

export const RevokeInvitation = defineAction(InvitationResource, {
  name: 'revokeInvitation',
  args: IdArgs,
  access: 'delete',
  auditAs: 'REVOKE',
  recordId: ({ id }) => id,
  change(_ctx, invitation) {
    if (invitation.acceptedAt || invitation.revokedAt) throw notFound('Open invitation', 'id');
    return { revokedAt: new Date() };
  },
});
