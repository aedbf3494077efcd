import { Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireTenant, type RequestContext } from '../../platform/context';
import { readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { LoyaltyAccountResource, LoyaltyProgramResource } from './loyalty-resources';

@ObjectType({ description: 'Points a program owes its customers.' })
class LoyaltyLiability {
  @Field(() => ID) programId: string;
  @Field() programName: string;
  @Field(() => Int) accounts: number;
  @Field(() => Float, { description: 'Points outstanding: the sum of the accounts’ balances (whole points).' }) pointsOutstanding: number;
  @Field(() => Float, { description: 'Points ever earned (whole points).' }) pointsEarned: number;
  @Field(() => Float, { description: 'Points ever redeemed (whole points).' }) pointsRedeemed: number;
}

@Resolver()
export class LoyaltyReportsResolver {
  @Query(() => [LoyaltyLiability], { description: 'Loyalty liability: points outstanding per program, largest first.' })
  async loyaltyLiability(@Ctx() context: RequestContext): Promise<LoyaltyLiability[]> {
    const ctx = requireTenant(context);
    return ctx.db.query<LoyaltyLiability>(sql`
      SELECT p.id AS "programId", p.name AS "programName", count(a.id)::int AS accounts,
             coalesce(sum(a.points_balance), 0)::float8 AS "pointsOutstanding",
             coalesce(sum(a.total_earned), 0)::float8 AS "pointsEarned", coalesce(sum(a.total_redeemed), 0)::float8 AS "pointsRedeemed"
      FROM ${tableAs(LoyaltyProgramResource, 'p')}
      LEFT JOIN ${tableAs(LoyaltyAccountResource, 'a')} ON a.program_id = p.id AND ${readable(ctx, LoyaltyAccountResource, 'a')}
      WHERE ${readable(ctx, LoyaltyProgramResource, 'p')}
      GROUP BY p.id, p.name
      ORDER BY "pointsOutstanding" DESC, p.name, p.id
      LIMIT 1000`);
  }
}
