import type { TenantContext } from '../../platform/context';
import { badInput, notFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { keyBetween } from '../../platform/ordering/fractional-key';
import { hydrate } from '../../platform/resource/metadata';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { Deal } from './deal.entity';
import { DealStatus, StageType } from './enums';
import { PipelineStage } from './pipeline-stage.entity';
import { DealResource, PipelineStageResource } from './resources';

export async function findStage(ctx: TenantContext, stageId: string, field: string): Promise<PipelineStage> {
  const row = await ctx.db.one(sql`SELECT s.* FROM ${tableAs(PipelineStageResource, 's')} WHERE ${readable(ctx, PipelineStageResource, 's')} AND s.id = ${stageId}::uuid`);
  if (!row) throw notFound('Pipeline stage', field);
  return hydrate(PipelineStage, row);
}

/** What entering a stage of this type does to a deal's status. */
export function closingFields(stage: PipelineStage, deal: Partial<Deal>, lostReason: string | null | undefined, field: string) {
  const status = stage.type === StageType.WON ? DealStatus.WON : stage.type === StageType.LOST ? DealStatus.LOST : DealStatus.OPEN;
  if (status === DealStatus.LOST && !(lostReason ?? '').trim()) throw badInput(field, 'A lost reason is required to move a deal to a lost stage');
  return {
    status,
    closedAt: status === DealStatus.OPEN ? null : deal.status === status && deal.closedAt ? deal.closedAt : new Date(),
    lostReason: status === DealStatus.LOST ? lostReason!.trim() : null,
  };
}

/** Creation: the stage fixes the pipeline and status; the deal goes to the bottom of its column. */
export async function prepareNewDeal(ctx: TenantContext, values: Record<string, unknown>): Promise<void> {
  const stage = await findStage(ctx, values.stageId as string, 'input.stageId');
  if (values.pipelineId && values.pipelineId !== stage.pipelineId) throw badInput('input.stageId', 'This stage belongs to another pipeline');
  values.pipelineId = stage.pipelineId;
  Object.assign(values, closingFields(stage, {}, values.lostReason as string | null, 'input.lostReason'));
  if (!values.currency) {
    const org = await ctx.db.one<{ default_currency: string }>(sql`SELECT default_currency FROM organizations WHERE id = ${ctx.organizationId}`);
    values.currency = org?.default_currency ?? 'USD';
  }
  const last = await ctx.db.one<{ position: string | null }>(sql`SELECT max(d.position) AS position FROM ${tableAs(DealResource, 'd')}
    WHERE ${readable(ctx, DealResource, 'd')} AND d.stage_id = ${stage.id}::uuid`);
  values.position = keyBetween(last?.position ?? null, null);
  values.stageEnteredAt = new Date();
}

export async function recordStageChange(ctx: TenantContext, before: Deal | null, after: Deal): Promise<void> {
  await ctx.db.query(sql`INSERT INTO deal_stage_changes
    (organization_id, id, deal_id, pipeline_id, from_stage_id, to_stage_id, to_status, changed_by_id, value, currency, from_stage_entered_at)
    VALUES (${ctx.organizationId}, ${uuidv7()}, ${after.id}, ${after.pipelineId}, ${before?.stageId ?? null}, ${after.stageId}, ${after.status},
            ${ctx.actor.userId}, ${after.value}, ${after.currency}, ${before?.stageEnteredAt ?? null})`);
}

/** The neighbours a client saw around the slot it drops a deal into. */
/** After a move to another pipeline, how far the deal got counts in that pipeline only (migration FurthestStageInCurrentPipeline). */
export async function resetFurthestStage(ctx: TenantContext, deal: Deal): Promise<void> {
  await ctx.db.query(sql`UPDATE ${tableAs(DealResource, 'd')} SET furthest_stage_position =
      (SELECT CASE WHEN s.type = 'WON' THEN 100000 WHEN s.type = 'LOST' THEN NULL ELSE s.position END
         FROM ${tableAs(PipelineStageResource, 's')} WHERE ${ofTenant(ctx, 's')} AND s.id = d.stage_id)
    WHERE ${ofTenant(ctx, 'd')} AND d.id = ${deal.id}::uuid`);
}

export interface SlotRequest {
  afterDealId?: string | null;
  beforeDealId?: string | null;
}

/** Lower and upper order keys for a slot in a column, from the neighbours the client saw. */
export async function slotBounds(ctx: TenantContext, deal: Deal, stageId: string, args: SlotRequest): Promise<[string | null, string | null]> {
  const neighbourIds = [args.afterDealId, args.beforeDealId].filter((id): id is string => !!id);
  const rows = neighbourIds.length
    ? await ctx.db.query<{ id: string; stage_id: string; position: string }>(sql`SELECT d.id, d.stage_id, d.position FROM ${tableAs(DealResource, 'd')}
        WHERE ${readable(ctx, DealResource, 'd')} AND d.id = ANY(${neighbourIds}::uuid[])`)
    : [];
  const neighbour = (id: string | null | undefined, field: string) => {
    if (!id) return undefined;
    if (id === deal.id) throw badInput(field, 'A deal cannot be its own neighbour');
    const row = rows.find((r) => r.id === id);
    if (!row) throw notFound('Neighbouring deal', field);
    if (row.stage_id !== stageId) throw badInput(field, 'The neighbouring deal is in another stage');
    return row.position;
  };
  const above = neighbour(args.afterDealId, 'afterDealId');
  const below = neighbour(args.beforeDealId, 'beforeDealId');
  if (above !== undefined && below !== undefined) {
    if (above >= below) throw badInput('beforeDealId', 'afterDealId must be above beforeDealId');
    return [above, below];
  }
  // One neighbour (or none): the slot runs to the next card in the column, or to the column's end.
  const bounds = await ctx.db.one<{ lower: string | null; upper: string | null }>(sql`SELECT
      (SELECT max(d.position) FROM ${tableAs(DealResource, 'd')} WHERE ${readable(ctx, DealResource, 'd')} AND d.stage_id = ${stageId}::uuid
         AND d.id <> ${deal.id}::uuid AND (${below ?? null}::text IS NULL OR d.position < ${below ?? null}::text COLLATE "C")) AS lower,
      (SELECT min(d.position) FROM ${tableAs(DealResource, 'd')} WHERE ${readable(ctx, DealResource, 'd')} AND d.stage_id = ${stageId}::uuid
         AND d.id <> ${deal.id}::uuid AND ${above ?? null}::text IS NOT NULL AND d.position > ${above ?? null}::text COLLATE "C") AS upper`);
  if (above !== undefined) return [above, bounds?.upper ?? null];
  if (below !== undefined) return [bounds?.lower ?? null, below];
  return [bounds?.lower ?? null, null];
}

