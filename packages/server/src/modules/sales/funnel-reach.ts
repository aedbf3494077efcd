import type { TenantContext } from '../../platform/context';
import type { Sql } from '../../platform/sql';

/**
 * Pipeline events kept outside sales (an outside CRM's, module analytics) that the funnel counts
 * when asked (`funnel(includeExternalEvents: true)`): each source gives SQL rows (deal_id, key,
 * position): deal_id the deal the event lifts, or NULL with key naming a lead the CRM does not
 * hold; position a stage position of the pipeline (100000 for won), as furthest_stage_position.
 */
export type FunnelReach = (ctx: TenantContext, pipelineId: string, range: { from?: string; to?: string }) => Sql;

const sources: FunnelReach[] = [];

export function addFunnelReach(source: FunnelReach): void {
  sources.push(source);
}

export const funnelReachSources = (): readonly FunnelReach[] => sources;
