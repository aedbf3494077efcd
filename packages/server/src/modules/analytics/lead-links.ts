import type { TenantContext } from '../../platform/context';
import { readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { ContactResource, DealResource } from '../sales/resources';
import { LeadEventResource } from './resources';

/**
 * Links ingested lead events to the CRM's own rows where one matches: an event of a lead whose
 * earlier events were linked to a deal joins that deal; a deal brings its contact and company, a
 * contact its company. Ids the caller gives are kept (and checked by the ingestion like any reference).
 */
export async function linkLeadEvents(ctx: TenantContext, rows: Record<string, unknown>[]): Promise<void> {
  const leads = rows.filter((r) => !r.dealId && typeof r.sourceSystem === 'string' && typeof r.leadId === 'string');
  if (leads.length) {
    const known = await ctx.db.query<{ source: string; lead: string; dealId: string }>(sql`
      SELECT DISTINCT ON (e.source_system, e.lead_id) e.source_system AS source, e.lead_id AS lead, e.deal_id AS "dealId"
      FROM ${tableAs(LeadEventResource, 'e')} WHERE ${readable(ctx, LeadEventResource, 'e')} AND e.deal_id IS NOT NULL
        AND (e.source_system, e.lead_id) IN (SELECT * FROM unnest(${leads.map((r) => r.sourceSystem)}::text[], ${leads.map((r) => r.leadId)}::text[]))
      ORDER BY e.source_system, e.lead_id, e.occurred_at DESC`);
    const byLead = new Map(known.map((k) => [`${k.source}\u0000${k.lead}`, k.dealId]));
    for (const r of leads) r.dealId = byLead.get(`${r.sourceSystem}\u0000${r.leadId}`) ?? r.dealId;
  }
  await fillFrom(ctx, rows, 'dealId', sql`SELECT d.id, d.contact_id AS "contactId", d.company_id AS "companyId" FROM ${tableAs(DealResource, 'd')} WHERE ${readable(ctx, DealResource, 'd')} AND d.id = ANY(`);
  await fillFrom(ctx, rows, 'contactId', sql`SELECT c.id, c.company_id AS "companyId" FROM ${tableAs(ContactResource, 'c')} WHERE ${readable(ctx, ContactResource, 'c')} AND c.id = ANY(`);
}

/** Fills the links a row leaves empty from the row its `key` names (one query for the batch). */
async function fillFrom(ctx: TenantContext, rows: Record<string, unknown>[], key: string, select: ReturnType<typeof sql>): Promise<void> {
  const ids = [...new Set(rows.map((r) => r[key]).filter((v): v is string => typeof v === 'string'))];
  if (!ids.length) return;
  const found = new Map((await ctx.db.query<Record<string, string | null>>(sql`${select}${ids}::uuid[])`)).map((row) => [row.id, row]));
  for (const r of rows) {
    const source = found.get(r[key] as string);
    if (!source) continue;
    for (const [field, value] of Object.entries(source)) if (field !== 'id' && r[field] == null && value) r[field] = value;
  }
}
