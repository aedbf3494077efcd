import { IsISO4217CurrencyCode, Length, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { snapshot, writeAudit } from '../../platform/audit/audit';
import { assertCan, assertCanGrant } from '../../platform/auth/policy';
import { hashSecret, newSecret, composeToken } from '../../platform/auth/tokens';
import { requireTenant, requireUser, type RequestContext, type TenantContext } from '../../platform/context';
import { badInput, conflict, forbidden, notFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { effectiveLimits } from '../../platform/protection/limits';
import { hydrate } from '../../platform/resource/metadata';
import { readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { ApiKey } from './api-key.entity';
import { AcceptInvitationInput, CreateApiKeyInput, InviteMemberInput, SignUpInput } from './inputs';
import { IdentityService, invitationToken, type SessionTokens } from './identity.service';
import { Invitation } from './invitation.entity';
import { Organization } from './organization.entity';
import { lowerRole, Role } from './roles';
import { MembershipResource } from './resources';
import { User } from './user.entity';

@ObjectType({ description: 'Tokens for a signed-in session. Send the access token as "Authorization: Bearer …".' })
class AuthPayload {
  @Field() accessToken: string;
  @Field() accessTokenExpiresAt: Date;
  @Field({ description: 'Exchange it with refreshSession before the access token expires; it rotates on each use.' }) refreshToken: string;
  @Field(() => ID) userId: string;
  @Field(() => ID, { nullable: true, description: 'The organization the access token defaults to.' }) organizationId: string | null;
}

@ObjectType()
class OrganizationMembership {
  @Field(() => Organization) organization: Organization;
  @Field(() => Role) role: Role;
}

@ObjectType({ description: 'Who is asking, and in which organization.' })
class Viewer {
  @Field(() => User) user: User;
  @Field(() => Organization, { nullable: true }) organization: Organization | null;
  @Field(() => Role, { nullable: true }) role: Role | null;
  @Field(() => [OrganizationMembership], { description: 'Every organization you can switch to.' }) memberships: OrganizationMembership[];
}

@ObjectType()
class InvitationWithToken {
  @Field(() => Invitation) invitation: Invitation;
  @Field({ description: 'Give it to the invitee; it is shown only once. No e-mail is sent.' }) token: string;
}

@ObjectType()
class ApiKeyWithSecret {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'Send as "Authorization: ApiKey <key>" or "X-Api-Key". Shown only once.' }) key: string;
}

@InputType()
class UpdateOrganizationInput {
  @Field(() => String, { nullable: true }) @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(100) industry?: string | null;
  @Field(() => String, { nullable: true }) @IsISO4217CurrencyCode() defaultCurrency?: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) settings?: Record<string, unknown>;
}

const toPayload = (tokens: SessionTokens): AuthPayload => Object.assign(new AuthPayload(), tokens);


/**
 * Role changes and removals run one at a time per organization, judged by the actor's role as it is now:
 * an OWNER demoted or removed by a concurrent request must not go on acting on the role it started with.
 */
export async function beginMemberChange(ctx: TenantContext): Promise<void> {
  await ctx.db.query(sql`SELECT 1 FROM organizations WHERE id = ${ctx.organizationId} FOR NO KEY UPDATE`);
  const current = await ctx.db.one<{ role: Role }>(sql`SELECT m.role FROM ${tableAs(MembershipResource, 'm')}
    WHERE ${readable(ctx, MembershipResource, 'm')} AND m.user_id = ${ctx.actor.userId}::uuid`);
  if (!current) throw forbidden('You are no longer a member of this organization');
  assertCan({ ...ctx.actor, role: lowerRole(ctx.actor.role, current.role) }, 'update', 'members');
}

export async function assertAnotherOwner(ctx: TenantContext, userId: string): Promise<void> {
  const owners = await ctx.db.one<{ count: number }>(sql`SELECT count(*)::int AS count FROM ${tableAs(MembershipResource, 'm')}
    WHERE ${readable(ctx, MembershipResource, 'm')} AND m.role = 'OWNER' AND m.user_id <> ${userId}::uuid`);
  if (!owners || owners.count === 0) throw conflict('An organization needs at least one OWNER; make someone else OWNER first');
}

@Resolver()
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Mutation(() => AuthPayload, { description: 'Creates your account and your organization, with you as OWNER.' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return toPayload(await this.identity.signUp(input, ctx.request));
  }

  @Mutation(() => AuthPayload)
  async logIn(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return toPayload(await this.identity.logIn(email, password, organizationId, ctx.request));
  }

  @Mutation(() => AuthPayload, { description: 'New tokens for a refresh token (which is then used up); optionally switches organization.' })
  async refreshSession(
    @Arg('refreshToken') refreshToken: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return toPayload(await this.identity.refresh(refreshToken, organizationId, ctx.request));
  }

  @Mutation(() => Boolean, { description: 'Revokes the refresh token; access tokens lapse within minutes.' })
  async logOut(@Arg('refreshToken') refreshToken: string): Promise<boolean> {
    return this.identity.logOut(refreshToken);
  }

  @Mutation(() => AuthPayload)
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return toPayload(await this.identity.acceptInvitation(input.token, ctx.userId, input, ctx.request));
  }

  @Query(() => Viewer)
  async me(@Ctx() ctx: RequestContext): Promise<Viewer> {
    const userId = requireUser(ctx);
    const user = await ctx.db.one(sql`SELECT * FROM users WHERE id = ${userId}::uuid`);
    if (!user) throw notFound('User');
    // An API key is bound to its organization: it never lists its creator's other organizations.
    const onlyOrganization = ctx.actor?.apiKeyId ? ctx.organizationId : null;
    const rows = await ctx.db.query<Record<string, unknown> & { role: Role; organization_id: string }>(sql`
      SELECT o.*, m.role FROM memberships m JOIN organizations o ON o.id = m.organization_id AND o.deleted_at IS NULL
      WHERE m.user_id = ${userId}::uuid AND m.deleted_at IS NULL AND (${onlyOrganization}::uuid IS NULL OR m.organization_id = ${onlyOrganization}::uuid) ORDER BY o.name`);
    const memberships = rows.map((r) => ({ organization: hydrate(Organization, r), role: r.role }));
    const current = memberships.find((m) => m.organization.id === ctx.organizationId);
    // The role this request acts with (an API key's may be lower than its creator's).
    const role = current ? ctx.actor?.role ?? current.role : null;
    return Object.assign(new Viewer(), { user: hydrate(User, user), organization: current?.organization ?? null, role, memberships });
  }

  @Query(() => Organization, { description: 'The organization of this request.' })
  async organization(@Ctx() context: RequestContext): Promise<Organization> {
    const ctx = requireTenant(context);
    const row = await ctx.db.one(sql`SELECT * FROM organizations WHERE id = ${ctx.organizationId}`);
    return hydrate(Organization, row!);
  }

  @Mutation(() => Organization, { description: 'OWNER only.' })
  async updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() context: RequestContext): Promise<Organization> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'update', 'members');
    return ctx.db.transaction(async () => {
      const before = hydrate(Organization, (await ctx.db.one(sql`SELECT * FROM organizations WHERE id = ${ctx.organizationId} FOR UPDATE`))!);
      const row = await ctx.db.one(sql`UPDATE organizations SET
          name = coalesce(${input.name ?? null}, name),
          industry = CASE WHEN ${input.industry !== undefined} THEN ${input.industry ?? null} ELSE industry END,
          default_currency = coalesce(${input.defaultCurrency ?? null}, default_currency),
          settings = coalesce(${input.settings ? JSON.stringify(input.settings) : null}::jsonb, settings),
          updated_at = now()
        WHERE id = ${ctx.organizationId} RETURNING *`);
      const after = hydrate(Organization, row!);
      const keys = Object.keys(input);
      await writeAudit(ctx, 'Organization', ctx.organizationId, 'UPDATE', snapshot(before, keys), snapshot(after, keys));
      return after;
    });
  }

  @Mutation(() => InvitationWithToken, { description: 'OWNER only. Returns the token to pass on; nothing is e-mailed.' })
  async inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() context: RequestContext): Promise<InvitationWithToken> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'create', 'members');
    assertCanGrant(ctx.actor, input.role);
    return ctx.db.transaction(async () => {
      const member = await ctx.db.one(sql`SELECT 1 FROM ${tableAs(MembershipResource, 'm')} JOIN users u ON u.id = m.user_id
        WHERE ${readable(ctx, MembershipResource, 'm')} AND lower(u.email) = lower(${input.email})`);
      if (member) throw conflict('This person is already a member', { field: 'input.email' });
      const id = uuidv7();
      const secret = newSecret();
      const row = await ctx.db.one(sql`INSERT INTO invitations (organization_id, id, email, role, token_hash, invited_by_id, expires_at)
        VALUES (${ctx.organizationId}, ${id}, ${input.email.trim()}, ${input.role}, ${hashSecret(secret)}, ${ctx.actor.userId}, now() + interval '14 days') RETURNING *`);
      const invitation = hydrate(Invitation, row!);
      await writeAudit(ctx, 'Invitation', id, 'CREATE', null, snapshot(invitation, ['email', 'role', 'expiresAt']));
      return Object.assign(new InvitationWithToken(), { invitation, token: invitationToken(ctx.organizationId, id, secret) });
    });
  }

  @Mutation(() => ApiKeyWithSecret, { description: 'ADMIN and above; the role may not exceed yours.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() context: RequestContext): Promise<ApiKeyWithSecret> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'create', 'apiKeys');
    assertCanGrant(ctx.actor, input.role);
    if (ctx.actor.apiKeyId) throw badInput('input', 'API keys cannot create API keys; sign in as a person');
    return ctx.db.transaction(async () => {
      const id = uuidv7();
      const secret = newSecret();
      const key = composeToken('crm', [id], secret);
      // An override, not the operator's base (which is taken as given): clamped to the ceilings.
      const limits = input.limits ? effectiveLimits(null, input.limits) : null;
      const row = await ctx.db.one(sql`INSERT INTO api_keys (organization_id, id, name, prefix, secret_hash, role, created_by_id, expires_at, limits, registered_operations_only)
        VALUES (${ctx.organizationId}, ${id}, ${input.name}, ${key.slice(0, 12)}, ${hashSecret(secret)}, ${input.role}, ${ctx.actor.userId},
                ${input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400_000) : null},
                ${JSON.stringify(limits ? Object.fromEntries(Object.keys(input.limits!).filter((k) => k in limits).map((k) => [k, limits[k as keyof typeof limits]])) : {})}::jsonb,
                ${input.registeredOperationsOnly ?? false}) RETURNING *`);
      const apiKey = hydrate(ApiKey, row!);
      await writeAudit(ctx, 'ApiKey', id, 'CREATE', null, snapshot(apiKey, ['name', 'role', 'expiresAt', 'limits', 'registeredOperationsOnly']));
      return Object.assign(new ApiKeyWithSecret(), { apiKey, key });
    });
  }
}
