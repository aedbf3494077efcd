import { Length } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType, Float } from 'type-graphql';
import { assertCan } from '../../platform/auth/policy';
import { requireTenant, type RequestContext } from '../../platform/context';
import { connectionTypesOf } from '../../platform/resource/connection';
import { listConnection } from '../../platform/resource/loaders';
import { listArgsOf } from '../../platform/resource/inputs';
import type { ListArgs } from '../../platform/resource/query';
import { sql } from '../../platform/sql';
import { Activity } from './activity.entity';
import { ActivityStatus } from './enums';
import { ActivityResource, CompanyResource, ContactResource, DealResource } from './resources';
import { readable, tableAs } from '../../platform/resource/scoped';
import { prefixQuery, rankedSearch } from './search-documents';

@ArgsType()
class MyActivitiesArgs {
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only those due before now.' }) overdueOnly?: boolean;
}

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => connectionTypesOf(ActivityResource).connection, { description: 'Open activities assigned to you, soonest first.' })
  async myOpenActivities(@Args(() => MyActivitiesArgs) args: MyActivitiesArgs, @Ctx() context: RequestContext) {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'read', 'records');
    const where: Record<string, unknown> = { assignedToId: { eq: ctx.actor.userId }, completedAt: { isNull: true }, status: { ne: ActivityStatus.CANCELLED } };
    if (args.overdueOnly) where.dueAt = { lt: new Date() };
    return listConnection(ctx, ActivityResource, { first: args.first, after: args.after, where, orderBy: [{ field: 'dueAt', direction: 'ASC' }] });
  }

  @Query(() => connectionTypesOf(ActivityResource).connection, { description: 'Open activities past their due time, for everyone (managers) — filter further with where.' })
  async overdueActivities(@Args(() => listArgsOf(ActivityResource)) args: ListArgs, @Ctx() context: RequestContext) {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'read', 'records');
    const where = { AND: [args.where ?? {}, { completedAt: { isNull: true }, dueAt: { lt: new Date() }, status: { ne: ActivityStatus.CANCELLED } }] };
    return listConnection(ctx, ActivityResource, { ...args, where, orderBy: args.orderBy ?? [{ field: 'dueAt', direction: 'ASC' }] });
  }
}

export enum SearchResultType { COMPANY = 'COMPANY', CONTACT = 'CONTACT', DEAL = 'DEAL' }
registerEnumType(SearchResultType, { name: 'SearchResultType' });

@ObjectType({ description: 'One hit of the global search.' })
class SearchHit {
  @Field(() => SearchResultType) type: SearchResultType;
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) subtitle: string | null;
  @Field(() => Float) rank: number;
}

@ArgsType()
class SearchArgs {
  @Field() @Length(1, 200) query: string;
  @Field(() => [SearchResultType], { nullable: true }) types?: SearchResultType[];
  @Field(() => Int, { nullable: true, defaultValue: 20 }) first: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Companies, contacts and deals matching every word (as prefixes), best first.' })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() context: RequestContext): Promise<SearchHit[]> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'read', 'records');
    const query = prefixQuery(args.query);
    if (!query) return [];
    const limit = Math.min(Math.max(args.first, 1), 50);
    const want = (t: SearchResultType) => !args.types?.length || args.types.includes(t);
    // Ids and ranks come from app_search (the GIN index, see search-documents.ts); rows are read back under RLS.
    const parts = [
      want(SearchResultType.COMPANY) ? sql`(SELECT 'COMPANY' AS type, c.id, c.name AS title, c.industry AS subtitle, s.rank
        FROM ${rankedSearch('companies', query, limit)} s JOIN ${tableAs(CompanyResource, 'c')} ON ${readable(ctx, CompanyResource, 'c')} AND c.id = s.id ORDER BY s.rank DESC LIMIT ${limit})` : null,
      want(SearchResultType.CONTACT) ? sql`(SELECT 'CONTACT' AS type, p.id, p.first_name || ' ' || p.last_name AS title, coalesce(p.job_title, p.email) AS subtitle, s.rank
        FROM ${rankedSearch('contacts', query, limit)} s JOIN ${tableAs(ContactResource, 'p')} ON ${readable(ctx, ContactResource, 'p')} AND p.id = s.id ORDER BY 5 DESC LIMIT ${limit})` : null,
      want(SearchResultType.DEAL) ? sql`(SELECT 'DEAL' AS type, d.id, d.title, d.status::text AS subtitle, s.rank
        FROM ${rankedSearch('deals', query, limit)} s JOIN ${tableAs(DealResource, 'd')} ON ${readable(ctx, DealResource, 'd')} AND d.id = s.id ORDER BY 5 DESC LIMIT ${limit})` : null,
    ].filter((p) => p !== null);
    const union = parts.slice(1).reduce((acc, p) => sql`${acc} UNION ALL ${p}`, parts[0]!);
    const rows = await ctx.db.query<{ type: SearchResultType; id: string; title: string; subtitle: string | null; rank: number }>(
      sql`SELECT * FROM (${union}) hits ORDER BY rank DESC, title LIMIT ${limit}`);
    return rows.map((r) => Object.assign(new SearchHit(), { ...r, rank: Number(r.rank) }));
  }
}
