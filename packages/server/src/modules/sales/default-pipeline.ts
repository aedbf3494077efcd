import type { PoolClient } from 'pg';
import { uuidv7 } from '../../platform/ids';

/** Seed 001's seven lead stages, with the probabilities and colours a new organization starts with. */
export const DEFAULT_STAGES = [
  { name: 'New', probability: 0.1, color: '#94a3b8', type: 'OPEN', rottingDays: 7 },
  { name: 'Contacted', probability: 0.2, color: '#60a5fa', type: 'OPEN', rottingDays: 7 },
  { name: 'Qualified', probability: 0.4, color: '#818cf8', type: 'OPEN', rottingDays: 14 },
  { name: 'Proposal', probability: 0.6, color: '#f59e0b', type: 'OPEN', rottingDays: 14 },
  { name: 'Negotiation', probability: 0.8, color: '#f97316', type: 'OPEN', rottingDays: 14 },
  { name: 'Closed Won', probability: 1, color: '#22c55e', type: 'WON', rottingDays: null },
  { name: 'Closed Lost', probability: 0, color: '#ef4444', type: 'LOST', rottingDays: null },
] as const;

export async function createDefaultPipeline(client: PoolClient, organizationId: string): Promise<{ pipelineId: string; stageIds: string[] }> {
  const pipelineId = uuidv7();
  await client.query(`INSERT INTO pipelines (organization_id, id, name, is_default, position) VALUES ($1, $2, 'Sales pipeline', true, 0)`, [organizationId, pipelineId]);
  const stageIds = DEFAULT_STAGES.map(() => uuidv7());
  await client.query(
    `INSERT INTO pipeline_stages (organization_id, id, pipeline_id, name, position, probability, color, type, rotting_days)
     SELECT $1, s.id, $2, s.name, s.position, s.probability, s.color, s.type::stage_type, s.rotting_days
     FROM unnest($3::uuid[], $4::text[], $5::int[], $6::numeric[], $7::text[], $8::text[], $9::int[]) AS s(id, name, position, probability, color, type, rotting_days)`,
    [organizationId, pipelineId, stageIds, DEFAULT_STAGES.map((s) => s.name), DEFAULT_STAGES.map((_, i) => i + 1),
      DEFAULT_STAGES.map((s) => s.probability), DEFAULT_STAGES.map((s) => s.color), DEFAULT_STAGES.map((s) => s.type), DEFAULT_STAGES.map((s) => s.rottingDays)],
  );
  return { pipelineId, stageIds };
}
