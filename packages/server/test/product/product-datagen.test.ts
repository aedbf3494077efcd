import { runDatagen } from '../../src/seed/datagen';
import { DATAGEN_NOW, rowsBreaking } from '../support/datagen-checks';
import { testPlatformFile } from '../support/harness';

/** Generated product data keeps the API's rules: scores from their inputs, OKR progress from key results, launched releases with their checklist done. */
const fx = testPlatformFile();

/** The rules, each as a query for the rows of the given organizations ($1) that break it. */
const RULES = {
  scoresNotFromInputs: `SELECT id FROM ideas WHERE organization_id = ANY($1::uuid[]) AND (
    abs(rice_score - reach * impact * confidence::float8 / effort) > 1e-9 OR ice_score <> impact * confidence * (10 - effort + 1)
    OR abs(wsjf_score - (business_value + time_criticality + risk_reduction)::float8 / job_size) > 1e-9)`,
  okrProgressNotFromKeyResults: `SELECT o.id FROM okrs o JOIN key_results k ON k.organization_id = o.organization_id AND k.okr_id = o.id
    WHERE o.organization_id = ANY($1::uuid[]) GROUP BY o.organization_id, o.id
    HAVING abs(o.progress - avg(k.progress)) > 1e-9 OR bool_or(abs(k.progress - least(1, greatest(0, (k.current_value - k.start_value) / (k.target_value - k.start_value)))) > 1e-9)`,
  releasedWithOpenItems: `SELECT r.id FROM releases r JOIN launch_checklist_items c ON c.organization_id = r.organization_id AND c.release_id = r.id
    WHERE r.organization_id = ANY($1::uuid[]) AND r.status = 'RELEASED' AND NOT c.done`,
  linksAcrossRoadmaps: `SELECT l.id FROM release_features l JOIN releases r ON r.organization_id = l.organization_id AND r.id = l.release_id
    JOIN features f ON f.organization_id = l.organization_id AND f.id = l.feature_id WHERE l.organization_id = ANY($1::uuid[]) AND r.roadmap_id <> f.roadmap_id`,
  featuresOfUnpromotedIdeas: `SELECT f.id FROM features f JOIN idea_features l ON l.organization_id = f.organization_id AND l.feature_id = f.id
    JOIN ideas i ON i.organization_id = l.organization_id AND i.id = l.idea_id
    WHERE f.organization_id = ANY($1::uuid[]) AND i.status <> 'IN_DEVELOPMENT'`,
};

it.each([['INSERT', false], ['COPY (bulk)', true]] as const)('generates roadmaps, scored ideas, features, releases, OKRs and feedback that keep the rules (%s)', async (_label, bulk) => {
  const result = await runDatagen(fx.t.platform.ownerPool, { deals: 100, organizations: 2, seed: bulk ? 9 : 8, users: 2, passwordHash: 'not-a-password-hash', now: DATAGEN_NOW, bulk, roadmaps: 2 });
  const ids = result.organizations.map((o) => o.id);
  const counts = await fx.t.sql(`SELECT (SELECT count(*)::int FROM roadmaps WHERE organization_id = ANY($1::uuid[])) AS roadmaps,
    (SELECT count(*)::int FROM ideas WHERE organization_id = ANY($1::uuid[])) AS ideas, (SELECT count(*)::int FROM okrs WHERE organization_id = ANY($1::uuid[])) AS okrs,
    (SELECT count(*)::int FROM feedback_idea_links WHERE organization_id = ANY($1::uuid[])) AS links,
    (SELECT count(*)::int FROM release_features WHERE organization_id = ANY($1::uuid[])) AS scheduled`, [ids]);
  expect(counts[0]).toMatchObject({ roadmaps: 4, ideas: 160, okrs: 8 });
  expect(counts[0].links).toBeGreaterThan(20);
  expect(counts[0].scheduled).toBeGreaterThan(0);
  expect(await rowsBreaking(fx.t, ids, RULES)).toEqual({ scoresNotFromInputs: 0, okrProgressNotFromKeyResults: 0, releasedWithOpenItems: 0, linksAcrossRoadmaps: 0, featuresOfUnpromotedIdeas: 0 });
});
