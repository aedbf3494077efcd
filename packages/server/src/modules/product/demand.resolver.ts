import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { requireTenant, type RequestContext, type TenantContext } from '../../platform/context';
import type { ResourceDefinition } from '../../platform/resource/definition';
import { readable, tableAs } from '../../platform/resource/scoped';
import { DecimalScalar } from '../../platform/scalars';
import { ident, sql } from '../../platform/sql';
import { ContactResource, DealResource } from '../sales/resources';
import { Feature } from './delivery.entity';
import { Idea } from './idea.entity';
import { FeedbackFeatureLinkResource, FeedbackIdeaLinkResource, FeedbackResource } from './resources';

@ObjectType({ description: 'Open deals of the customers behind a request, in one currency (amounts are never converted).' })
class DemandValue {
  @Field() currency: string;
  @Field(() => Int) deals: number;
  @Field(() => DecimalScalar) value: string;
}

@ObjectType({ description: 'Who asked for an idea or feature through linked feedback, and the open revenue behind them.' })
export class Demand {
  @Field(() => Int, { description: 'Distinct customers: companies, and contacts without a company.' }) customers: number;
  @Field(() => Int, { description: 'Linked feedback items.' }) feedback: number;
  @Field(() => [DemandValue], { description: 'Their open deals, per currency.' }) openDeals: DemandValue[];
}

type Target = 'idea_id' | 'feature_id';
const LINKS = { idea_id: FeedbackIdeaLinkResource, feature_id: FeedbackFeatureLinkResource } as const;

/**
 * One statement for every idea (or feature) of the response: a customer is the feedback's company,
 * else its contact's company, else the contact; deals are counted once each.
 */
async function demandOf(ctx: TenantContext, target: Target, ids: readonly string[]): Promise<Demand[]> {
  const col = ident(target);
  const links = LINKS[target] as ResourceDefinition;
  const rows = await ctx.db.query<{ target_id: string; customers: number; feedback: number; open_deals: DemandValue[] | null }>(sql`
    WITH asks AS (
      SELECT l.${col} AS target_id, f.id AS feedback_id, coalesce(f.company_id, c.company_id) AS company_id,
             CASE WHEN coalesce(f.company_id, c.company_id) IS NULL THEN f.contact_id END AS contact_id
      FROM ${tableAs(links, 'l')}
      JOIN ${tableAs(FeedbackResource, 'f')} ON ${readable(ctx, FeedbackResource, 'f')} AND f.id = l.feedback_id
      LEFT JOIN ${tableAs(ContactResource, 'c')} ON ${readable(ctx, ContactResource, 'c')} AND c.id = f.contact_id
      WHERE ${readable(ctx, links, 'l')} AND l.${col} = ANY(${ids as string[]}::uuid[])
    ), customers AS (
      SELECT DISTINCT target_id, company_id, contact_id FROM asks WHERE company_id IS NOT NULL OR contact_id IS NOT NULL
    ), deals AS (
      SELECT DISTINCT k.target_id, d.id, d.currency, d.value
      FROM customers k JOIN ${tableAs(DealResource, 'd')} ON ${readable(ctx, DealResource, 'd')} AND d.status = 'OPEN' AND d.company_id = k.company_id
      UNION
      SELECT DISTINCT k.target_id, d.id, d.currency, d.value
      FROM customers k JOIN ${tableAs(DealResource, 'd')} ON ${readable(ctx, DealResource, 'd')} AND d.status = 'OPEN' AND d.contact_id = k.contact_id
    ), per_currency AS (
      SELECT target_id, json_agg(json_build_object('currency', currency, 'deals', n, 'value', total) ORDER BY currency) AS open_deals
      FROM (SELECT target_id, currency, count(*)::int AS n, coalesce(sum(value), 0)::text AS total FROM deals GROUP BY target_id, currency) g
      GROUP BY target_id
    ), feedback_counts AS (
      SELECT target_id, count(DISTINCT feedback_id)::int AS feedback FROM asks GROUP BY target_id
    ), customer_counts AS (
      SELECT target_id, count(*)::int AS customers FROM customers GROUP BY target_id
    )
    SELECT f.target_id, coalesce(n.customers, 0) AS customers, f.feedback, p.open_deals
    FROM feedback_counts f LEFT JOIN customer_counts n USING (target_id) LEFT JOIN per_currency p USING (target_id)`);
  const byId = new Map(rows.map((r) => [r.target_id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return Object.assign(new Demand(), { customers: r?.customers ?? 0, feedback: r?.feedback ?? 0, openDeals: r?.open_deals ?? [] });
  });
}

const demandLoader = (context: RequestContext, target: Target) => {
  const ctx = requireTenant(context);
  return ctx.loaders.custom(`product.demand.${target}`, (ids) => demandOf(ctx, target, ids));
};

@Resolver(() => Idea)
export class IdeaDemandResolver {
  @FieldResolver(() => Demand, { description: 'How many distinct customers asked for it (linked feedback) and their open deals\' value per currency.' })
  demand(@Root() idea: Idea, @Ctx() context: RequestContext): Promise<Demand> {
    return demandLoader(context, 'idea_id').load(idea.id);
  }
}

@Resolver(() => Feature)
export class FeatureDemandResolver {
  @FieldResolver(() => Demand, { description: 'How many distinct customers asked for it (linked feedback) and their open deals\' value per currency.' })
  demand(@Root() feature: Feature, @Ctx() context: RequestContext): Promise<Demand> {
    return demandLoader(context, 'feature_id').load(feature.id);
  }
}
