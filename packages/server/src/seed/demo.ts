import { inTransaction } from '../platform/transaction';
import type { Pool } from 'pg';
import { hashPassword } from '../platform/auth/passwords';
import { uuidv7 } from '../platform/ids';
import { createDefaultPipeline } from '../modules/sales/default-pipeline';
import { generateSalesData, type StageInfo } from './generator';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_USERS = [
  { email: 'owner@demo.crm', name: 'Olivia Owner', role: 'OWNER', team: null },
  { email: 'admin@demo.crm', name: 'Adam Admin', role: 'ADMIN', team: null },
  { email: 'manager@demo.crm', name: 'Mona Manager', role: 'MANAGER', team: 'East' },
  { email: 'rep@demo.crm', name: 'Rafael Rep', role: 'MEMBER', team: 'East' },
  { email: 'rep2@demo.crm', name: 'Rita Rep', role: 'MEMBER', team: 'West' },
  { email: 'viewer@demo.crm', name: 'Victor Viewer', role: 'VIEWER', team: null },
] as const;

/**
 * The demo organization, created on first start only: a user of every role, two teams, the default
 * pipeline, companies, contacts, deals in every stage with their history, and activities.
 */
export async function seedDemoOrganization(pool: Pool, size = { companies: 30, deals: 120 }): Promise<boolean> {
  const exists = await pool.query(`SELECT 1 FROM organizations WHERE slug = 'demo'`);
  if (exists.rowCount) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(pool, async (client) => {
    const organizationId = uuidv7();
    await client.query(`INSERT INTO organizations (id, name, slug, industry, default_currency) VALUES ($1, 'Demo Company', 'demo', 'Software', 'USD')`, [organizationId]);
    const teams = new Map<string, string>();
    for (const name of ['East', 'West']) {
      const id = uuidv7();
      teams.set(name, id);
      await client.query(`INSERT INTO teams (organization_id, id, name) VALUES ($1, $2, $3)`, [organizationId, id, name]);
    }
    const userIds: string[] = [];
    for (const u of DEMO_USERS) {
      const existing = await client.query(`SELECT id FROM users WHERE lower(email) = $1`, [u.email]);
      const id = existing.rows[0]?.id ?? uuidv7();
      if (!existing.rowCount) await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)`, [id, u.email, u.name, passwordHash]);
      await client.query(`INSERT INTO memberships (organization_id, id, user_id, role, team_id) VALUES ($1, $2, $3, $4, $5)`, [organizationId, uuidv7(), id, u.role, u.team ? teams.get(u.team) : null]);
      userIds.push(id);
    }
    const { pipelineId, stageIds } = await createDefaultPipeline(client, organizationId);
    const stages = await client.query<StageInfo>(`SELECT id, position, type FROM pipeline_stages WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, stageIds]);
    // Deals are owned by the people who sell: manager and reps.
    await generateSalesData(client, {
      organizationId, ownerIds: userIds.slice(2, 5), pipelineId, stages: stages.rows,
      companies: size.companies, contactsPerCompany: 2, deals: size.deals, activitiesPerDeal: 2, seed: 20261123,
    });
    return true;
  });
}
