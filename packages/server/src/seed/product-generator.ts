import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { FeatureStatus, IdeaStatus, ReleaseStatus } from '../modules/product/enums';
import { ideaScores, keyResultProgress } from '../modules/product/rules';

/**
 * Product-management data for the data generator: per organization `roadmaps` roadmaps, each with
 * 40 ideas (inputs drawn at random, scores from the same formulas as the API), epics, features (some
 * promoted from approved ideas), releases (the released one with its checklist done, the others
 * partly), OKRs with key results (progress derived the server's way) and customer feedback from the
 * organization's companies linked to ideas. Ids derive from the seed and what a row is, so a seed
 * reproduces the same rows on both the INSERT and the bulk path. One INSERT per table.
 */
export interface ProductPlan { organizationId: string; ownerIds: string[]; roadmaps: number; seed: number; now: Date }
export type ProductCounts = Record<string, number>;

const IDEAS = 40;
const DAY = 86_400_000;

/** A repeatable uuid for one generated row. */
const idOf = (...parts: (string | number)[]) => {
  const h = createHash('md5').update(parts.join(':')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** mulberry32: small, fast and seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One INSERT of rows given as objects with the table's column names (every row the same keys). */
async function insert(client: PoolClient, table: string, rows: Record<string, unknown>[]): Promise<number> {
  if (!rows.length) return 0;
  const columns = Object.keys(rows[0]).map((c) => `"${c}"`).join(', ');
  const result = await client.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`, [JSON.stringify(rows)]);
  return result.rowCount ?? 0;
}

export async function generateProductData(client: PoolClient, p: ProductPlan): Promise<ProductCounts> {
  const rnd = random(p.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const org = p.organizationId;
  const at = (daysAgo: number) => new Date(p.now.getTime() - daysAgo * DAY).toISOString();
  const companies = (await client.query<{ id: string }>(`SELECT id FROM companies WHERE organization_id = $1 ORDER BY id LIMIT 200`, [org])).rows.map((r) => r.id);
  // Parents first: one INSERT per table in this order.
  const rows: Record<string, Record<string, unknown>[]> = {
    roadmaps: [], ideas: [], epics: [], releases: [], launch_checklist_items: [], features: [], idea_features: [], release_features: [], okrs: [], key_results: [], feedback: [], feedback_idea_links: [],
  };
  const quarter = `${p.now.getUTCFullYear()}-Q${Math.floor(p.now.getUTCMonth() / 3) + 1}`;
  for (let r = 0; r < p.roadmaps; r++) {
    const roadmapId = idOf(org, p.seed, 'roadmap', r);
    const base = { organization_id: org, roadmap_id: roadmapId };
    rows.roadmaps.push({ organization_id: org, id: roadmapId, name: `Product ${r + 1}`, key: `P${r + 1}`, vision: 'Make it the obvious choice.', lifecycle: pick(['DISCOVERY', 'DELIVERY', 'GROWTH', 'MATURITY']), created_at: at(400) });
    const epicIds = [0, 1].map((e) => idOf(roadmapId, 'epic', e));
    epicIds.forEach((id, e) => rows.epics.push({ ...base, id, title: `Epic ${e + 1}`, description: 'A larger piece of work', status: e === 0 ? 'IN_PROGRESS' : 'PLANNING', created_at: at(200) }));
    const releaseIds = [0, 1, 2].map((v) => idOf(roadmapId, 'release', v));
    const releaseStatus = [ReleaseStatus.RELEASED, ReleaseStatus.TESTING, ReleaseStatus.PLANNING];
    releaseIds.forEach((id, v) => {
      rows.releases.push({ ...base, id, name: `Release ${v + 1}`, version_number: `1.${v}.0`, status: releaseStatus[v], type: v === 0 ? 'MAJOR' : 'MINOR',
        target_date: at(30 - v * 30).slice(0, 10), release_date: v === 0 ? at(30) : null, created_at: at(120) });
      ['Docs published', 'QA sign-off', 'Announcement'].forEach((title, c) => {
        const done = v === 0 || (v === 1 && c === 0);
        rows.launch_checklist_items.push({ organization_id: org, id: idOf(id, 'check', c), release_id: id, title, position: c, done, done_at: done ? at(35) : null });
      });
    });
    for (let i = 0; i < IDEAS; i++) {
      const inputs = { reach: int(0, 5000), impact: int(1, 10), confidence: int(1, 10), effort: int(1, 10), businessValue: int(1, 10), timeCriticality: int(1, 10), riskReduction: int(1, 10), jobSize: int(1, 10) };
      const scores = ideaScores(inputs);
      const status = pick([IdeaStatus.SUBMITTED, IdeaStatus.SUBMITTED, IdeaStatus.UNDER_REVIEW, IdeaStatus.APPROVED, IdeaStatus.IN_DEVELOPMENT, IdeaStatus.REJECTED]);
      const ideaId = idOf(roadmapId, 'idea', i);
      rows.ideas.push({ ...base, id: ideaId, title: `Idea ${r + 1}.${i + 1}`, description: 'Customers keep asking for this.', creator_id: pick(p.ownerIds), status, priority: int(0, 100),
        reach: inputs.reach, impact: inputs.impact, confidence: inputs.confidence, effort: inputs.effort, business_value: inputs.businessValue, time_criticality: inputs.timeCriticality,
        risk_reduction: inputs.riskReduction, job_size: inputs.jobSize, rice_score: scores.riceScore, ice_score: scores.iceScore, wsjf_score: scores.wsjfScore, created_at: at(int(1, 300)) });
      // An idea in development was promoted: its feature keeps the link.
      if (status === IdeaStatus.IN_DEVELOPMENT) {
        const featureId = idOf(ideaId, 'feature');
        rows.features.push({ ...base, id: featureId, title: `Idea ${r + 1}.${i + 1}`, description: 'Promoted from an idea', epic_id: pick(epicIds), status: pick([FeatureStatus.BACKLOG, FeatureStatus.IN_PROGRESS, FeatureStatus.IN_REVIEW]), priority: pick(['HIGH', 'MEDIUM', 'LOW']), story_points: int(1, 13), created_at: at(60) });
        rows.idea_features.push({ organization_id: org, id: idOf(featureId, 'idea'), idea_id: ideaId, feature_id: featureId, note: `Promoted from the idea "Idea ${r + 1}.${i + 1}"` });
        // Most are scheduled in one of the coming releases; the rest stay unscheduled.
        if (rnd() < 0.8) rows.release_features.push({ organization_id: org, id: idOf(featureId, 'release'), release_id: pick(releaseIds.slice(1)), feature_id: featureId, note: `Idea ${r + 1}.${i + 1}` });
      }
      // Feedback from a few of the organization's customer companies.
      for (let f = 0; companies.length && f < int(0, 3); f++) {
        const feedbackId = idOf(ideaId, 'feedback', f);
        rows.feedback.push({ ...base, id: feedbackId, title: `Request for idea ${r + 1}.${i + 1}`, description: 'Asked on a call', company_id: pick(companies), source: pick(['support', 'survey', 'interview']), created_at: at(int(1, 200)) });
        rows.feedback_idea_links.push({ organization_id: org, id: idOf(feedbackId, 'link'), feedback_id: feedbackId, idea_id: ideaId, note: 'Would buy more seats with it' });
      }
    }
    for (let o = 0; o < 2; o++) {
      const okrId = idOf(roadmapId, 'okr', o);
      const results = [0, 1, 2].map((k) => {
        const start = int(0, 50);
        const target = start + int(10, 100);
        const current = start + Math.round((target - start) * rnd() * 1.1);
        return { organization_id: org, id: idOf(okrId, 'kr', k), okr_id: okrId, title: `Key result ${k + 1}`, start_value: start, target_value: target, current_value: current, unit: 'points',
          progress: keyResultProgress({ startValue: start, targetValue: target, currentValue: current }) };
      });
      rows.okrs.push({ ...base, id: okrId, title: `Objective ${o + 1}`, owner_id: pick(p.ownerIds), quarter, status: 'ACTIVE', progress: results.reduce((s, k) => s + k.progress, 0) / results.length });
      rows.key_results.push(...results);
    }
  }
  const counts: ProductCounts = {};
  for (const [table, list] of Object.entries(rows)) counts[table] = await insert(client, table, list);
  return counts;
}
