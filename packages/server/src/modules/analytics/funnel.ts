import { readable, tableAs } from '../../platform/resource/scoped';
import { and, sql } from '../../platform/sql';
import { addFunnelReach } from '../sales/funnel-reach';
import { PipelineStageResource } from '../sales/resources';
import { LeadEventResource } from './resources';

// Outside-CRM events reach the pipeline's stage of the same name (case-insensitive); a WON event reaches them all.
addFunnelReach((ctx, pipelineId, range) => sql`
  SELECT e.deal_id, 'lead:' || e.source_system || ':' || e.lead_id AS key,
         CASE WHEN e.event_type = 'WON' OR s.type = 'WON' THEN 100000 ELSE s.position END AS position
  FROM ${tableAs(LeadEventResource, 'e')}
  LEFT JOIN ${tableAs(PipelineStageResource, 's')} ON ${readable(ctx, PipelineStageResource, 's')} AND s.pipeline_id = ${pipelineId}::uuid
    AND lower(s.name) = lower(e.stage) AND s.type <> 'LOST'
  WHERE ${and([
    readable(ctx, LeadEventResource, 'e'),
    sql`(s.id IS NOT NULL OR e.event_type = 'WON')`,
    range.from ? sql`e.occurred_at >= ${range.from}::date` : undefined,
    range.to ? sql`e.occurred_at < ${range.to}::date + 1` : undefined,
  ])}`);
