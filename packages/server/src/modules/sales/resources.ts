import { ID } from 'type-graphql';
import { badInput, conflict } from '../../platform/errors';
import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { ident, sql } from '../../platform/sql';
import { MembershipResource } from '../identity/resources';
import { readable, tableAs } from '../../platform/resource/scoped';
import { Activity } from './activity.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { DealStageChange } from './deal-stage-change.entity';
import { ActivityStatus, NextActivityState } from './enums';
import { computed } from '../../platform/resource/computed';
import type { TenantContext } from '../../platform/context';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';
import { matchesSearch, prefixQuery, type SearchableTable } from './search-documents';
import { prepareNewDeal, recordStageChange } from './deal-rules';

/** `search`: words in the row's document; for contacts and deals, also in their company's (its name, domain…). */
const fullText = (table: SearchableTable) => ({
  type: () => String,
  description: 'Words to find (prefix match on each word).',
  compile: (_ctx: unknown, alias: string, value: unknown) => {
    const query = prefixQuery(String(value));
    if (!query) return sql`TRUE`;
    const own = matchesSearch(table, alias, query);
    return table === 'companies' ? own : sql`(${own} OR ${matchesSearch('companies', alias, query, 'company_id')})`;
  },
});

export const CompanyResource: ResourceDefinition<Company> = defineResource({
  entity: Company,
  area: 'records',
  ownedBy: 'ownerId',
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
  virtualFilters: { search: fullText('companies') },
  description: 'Companies (accounts); deleting one keeps its deals and contacts.',
});

export const ContactResource: ResourceDefinition<Contact> = defineResource({
  entity: Contact,
  area: 'records',
  ownedBy: 'ownerId',
  defaultOrder: [{ field: 'lastName', direction: 'ASC' }, { field: 'firstName', direction: 'ASC' }],
  virtualFilters: { search: fullText('contacts') },
});

export const PipelineResource: ResourceDefinition<Pipeline> = defineResource({
  entity: Pipeline,
  area: 'settings',
  defaultOrder: [{ field: 'position', direction: 'ASC' }],
});

export const PipelineStageResource: ResourceDefinition<PipelineStage> = defineResource({
  entity: PipelineStage,
  area: 'settings',
  defaultOrder: [{ field: 'position', direction: 'ASC' }],
  hooks: {
    async beforeDelete(ctx, stage) {
      const held = await ctx.db.one<{ count: number }>(sql`SELECT count(*)::int AS count FROM ${tableAs(DealResource, 'd')}
        WHERE ${readable(ctx, DealResource, 'd')} AND d.stage_id = ${stage.id}::uuid`);
      if (held && held.count > 0) throw conflict(`The stage "${stage.name}" still holds ${held.count} deal(s); move them to another stage first`, { field: 'id' });
    },
  },
});

/** A column of the deal's stage (null when the caller cannot read it). */
const stageColumn = (ctx: TenantContext, deal: string, column: string) =>
  sql`(SELECT st.${ident(column)} FROM ${tableAs(PipelineStageResource, 'st')} WHERE ${readable(ctx, PipelineStageResource, 'st')} AND st.id = ${ident(deal)}.stage_id)`;
const daysInStage = (deal: string) => sql`floor(extract(epoch FROM now() - ${ident(deal)}.stage_entered_at) / 86400)::int`;
const probabilityOf = (ctx: TenantContext, deal: string) => sql`coalesce(${ident(deal)}.probability, ${stageColumn(ctx, deal, 'probability')}, 0)`;

/** The deal's earliest open activity: not completed, not cancelled, by due time (undated last). */
const nextActivity = computed.row(() => ActivityResource, {
  description: 'The earliest open activity of the deal.',
  where: (_ctx, deal, a) => sql`${ident(a)}.deal_id = ${ident(deal)}.id AND ${ident(a)}.completed_at IS NULL AND ${ident(a)}.status <> 'CANCELLED'`,
  orderBy: (a) => sql`${ident(a)}.due_at ASC NULLS LAST, ${ident(a)}.id`,
});

export const DealResource: ResourceDefinition<Deal> = defineResource({
  entity: Deal,
  area: 'records',
  ownedBy: 'ownerId',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  // The card fields of the board, computed by PostgreSQL (compiled into the board's one statement).
  computed: {
    daysInStage: computed.int({ description: 'Whole days since the deal entered its current stage.', sql: (_ctx, d) => daysInStage(d) }),
    isRotting: computed.boolean({
      description: 'Open and idle in its stage longer than the stage’s rotting days.',
      sql: (ctx, d) => sql`coalesce(${ident(d)}.status = 'OPEN' AND ${daysInStage(d)} > nullif(${stageColumn(ctx, d, 'rotting_days')}, 0), false)`,
    }),
    effectiveProbability: computed.float({ description: 'The probability used for weighting: the deal’s own, else its stage’s.', sql: (ctx, d) => probabilityOf(ctx, d) }),
    weightedValue: computed.decimal({ nullable: true, sql: (ctx, d) => sql`round(${ident(d)}.value * ${probabilityOf(ctx, d)}, 2)::text` }),
    nextActivity,
    nextActivityState: computed.enum(NextActivityState, {
      fromRow: {
        row: nextActivity,
        sql: (_ctx, na) => sql`CASE WHEN ${ident(na)}.due_at IS NULL THEN 'FUTURE' WHEN ${ident(na)}.due_at < now() THEN 'OVERDUE'
          WHEN (${ident(na)}.due_at AT TIME ZONE 'UTC')::date = (now() AT TIME ZONE 'UTC')::date THEN 'TODAY' ELSE 'FUTURE' END`,
        absent: sql`'NONE'`,
      },
    }),
  },
  virtualFilters: {
    search: fullText('deals'),
    teamId: {
      type: () => ID,
      description: 'Only deals owned by members of this team.',
      compile: (ctx, alias, value) => sql`${ident(alias)}.owner_id IN (SELECT m.user_id FROM ${tableAs(MembershipResource, 'm')} WHERE ${readable(ctx, MembershipResource, 'm')} AND m.team_id = ${String(value)}::uuid)`,
    },
  },
  hooks: {
    beforeCreate: prepareNewDeal,
    async afterWrite(ctx, action, before, after) {
      if (action === 'CREATE' && after) await recordStageChange(ctx, before, after);
    },
  },
});

export const DealStageChangeResource: ResourceDefinition<DealStageChange> = defineResource({
  entity: DealStageChange,
  area: 'records',
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  createInput: false,
});

/** Completing sets completedAt, reopening clears it: the two never disagree. */
function syncCompletion(values: Record<string, unknown>, existing?: Activity): void {
  if (values.status === ActivityStatus.COMPLETED && !existing?.completedAt) values.completedAt = new Date();
  if (values.status !== undefined && values.status !== ActivityStatus.COMPLETED) values.completedAt = null;
}

export const ActivityResource: ResourceDefinition<Activity> = defineResource({
  entity: Activity,
  area: 'records',
  ownedBy: 'ownerId',
  assignedTo: 'assignedToId',
  defaultOrder: [{ field: 'dueAt', direction: 'ASC' }],
  hooks: {
    beforeCreate(ctx, values) {
      values.assignedToId ??= values.ownerId ?? ctx.actor.userId;
      syncCompletion(values);
      if (!values.companyId && !values.contactId && !values.dealId && values.type !== 'TASK' && values.type !== 'NOTE') {
        throw badInput('input.dealId', 'Link the activity to a company, contact or deal');
      }
    },
    beforeUpdate(_ctx, existing, patch) {
      syncCompletion(patch, existing);
    },
  },
});
