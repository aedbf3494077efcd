import { snapshot, writeAudit } from '../../platform/audit/audit';
import { defineArea } from '../../platform/auth/policy';
import { Role } from '../../platform/auth/roles';
import type { TenantContext } from '../../platform/context';
import { badInput } from '../../platform/errors';
import { announce } from '../../platform/events/announce';
import { defineResource, type ResourceDeclaration, type ResourceDefinition } from '../../platform/resource/definition';
import { insertRow, lockRow, updateRow } from '../../platform/resource/mutations';
import { readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { Epic, Feature, IdeaFeatureLink, ReleaseFeature, WorkItem } from './delivery.entity';
import { Document, DocumentVersion } from './document.entity';
import { Feedback, FeedbackFeatureLink, FeedbackIdeaLink } from './feedback.entity';
import { Idea } from './idea.entity';
import { Experiment, Kpi, KpiDataPoint } from './measure.entity';
import { KeyResult, Okr } from './okr.entity';
import { LaunchChecklistItem, Release, ReleaseChangelogEntry } from './release.entity';
import { Roadmap } from './roadmap.entity';
import { ideaScores, keyResultProgress, SCORE_INPUTS, type ScoreInputs } from './rules';

// Seed 003: product managers, developers and designers all shape the product (MEMBER writes any row); stakeholders read (VIEWER).
defineArea('product', { read: Role.VIEWER, write: Role.MEMBER });

/** The resources of the module that need nothing beyond their fields: area and default order. */
function plain<E>(entity: ResourceDefinition<E>['entity'], name: string, plural: string, defaultOrder: ResourceDefinition<E>['defaultOrder'], extra: Partial<ResourceDeclaration<E>> = {}): ResourceDefinition<E> {
  return defineResource<E>({ entity, name, plural, area: 'product', defaultOrder, ...extra });
}

const byCreated = [{ field: 'createdAt' as const, direction: 'DESC' as const }];
const byPosition = [{ field: 'position' as const, direction: 'ASC' as const }];

/** Who creates a row is its creator / author / default owner. */
const stamp = (field: string, onlyWhenMissing = false) => (ctx: TenantContext, values: Record<string, unknown>) => {
  if (!onlyWhenMissing || values[field] == null) values[field] = ctx.actor.userId;
};

export const RoadmapResource = plain(Roadmap, 'Roadmap', 'roadmaps', [{ field: 'name', direction: 'ASC' }]);

const SCORE_DEFAULTS: ScoreInputs = { reach: 0, impact: 1, confidence: 1, effort: 1, businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 1 };
const scoreInputsOf = (...sources: object[]): ScoreInputs => {
  const merged = Object.assign({}, SCORE_DEFAULTS, ...sources.map((s) => Object.fromEntries(Object.entries(s).filter(([k, v]) => SCORE_INPUTS.includes(k as keyof ScoreInputs) && v != null))));
  return merged as ScoreInputs;
};

export const IdeaResource = plain(Idea, 'Idea', 'ideas', [{ field: 'riceScore', direction: 'DESC' }], {
  hooks: {
    // Scores come from the inputs only (the client cannot send them), on create and on every input change.
    beforeCreate(ctx, values) {
      stamp('creatorId', true)(ctx, values);
      Object.assign(values, ideaScores(scoreInputsOf(values)));
    },
    beforeUpdate(_ctx, existing, patch) {
      if (SCORE_INPUTS.some((k) => patch[k] !== undefined)) Object.assign(patch, ideaScores(scoreInputsOf(existing, patch)));
    },
  },
});

export const EpicResource = plain(Epic, 'Epic', 'epics', byCreated);
export const FeatureResource = plain(Feature, 'Feature', 'features', byCreated);

/** Both ends of a link belong to one roadmap: an idea of one product is not delivered by another's feature. */
async function sameRoadmap(ctx: TenantContext, other: ResourceDefinition, otherField: string, values: Record<string, unknown>): Promise<void> {
  const row = await ctx.db.one<{ same: boolean }>(sql`SELECT o.roadmap_id = f.roadmap_id AS same
    FROM ${tableAs(other, 'o')}, ${tableAs(FeatureResource, 'f')}
    WHERE ${readable(ctx, other, 'o')} AND ${readable(ctx, FeatureResource, 'f')} AND o.id = ${values[otherField] as string}::uuid AND f.id = ${values.featureId as string}::uuid`);
  // A missing end is left to the foreign key and readable checks, which name it NOT_FOUND.
  if (row && !row.same) throw badInput('input.featureId', `The feature belongs to another roadmap than the ${other.name.toLowerCase()}`);
}

export const IdeaFeatureLinkResource = plain(IdeaFeatureLink, 'IdeaFeatureLink', 'ideaFeatureLinks', byCreated, {
  hooks: { beforeCreate: (ctx, values) => sameRoadmap(ctx, IdeaResource, 'ideaId', values) },
});

export const WorkItemResource = plain(WorkItem, 'WorkItem', 'workItems', [{ field: 'dueDate', direction: 'ASC' }]);
export const ReleaseResource = plain(Release, 'Release', 'releases', [{ field: 'targetDate', direction: 'ASC' }]);
export const ReleaseFeatureResource = plain(ReleaseFeature, 'ReleaseFeature', 'releaseFeatures', byCreated, {
  hooks: { beforeCreate: (ctx, values) => sameRoadmap(ctx, ReleaseResource, 'releaseId', values) },
});
export const ReleaseChangelogEntryResource = plain(ReleaseChangelogEntry, 'ReleaseChangelogEntry', 'releaseChangelogEntries', byPosition);

/** Ticking an item stamps doneAt, reopening clears it. */
function syncDone(values: Record<string, unknown>, existing?: LaunchChecklistItem): void {
  if (values.done === true) values.doneAt = existing?.done ? existing.doneAt : new Date();
  if (values.done === false) values.doneAt = null;
}

export const LaunchChecklistItemResource = plain(LaunchChecklistItem, 'LaunchChecklistItem', 'launchChecklistItems', byPosition, {
  hooks: { beforeCreate: (_ctx, values) => syncDone(values), beforeUpdate: (_ctx, existing, patch) => syncDone(patch, existing) },
});

export const OkrResource = plain(Okr, 'Okr', 'okrs', [{ field: 'quarter', direction: 'DESC' }], {
  hooks: { beforeCreate: stamp('ownerId', true) },
});

/** The objective's progress is the mean of its live key results' progress, rewritten in the caller's transaction. */
async function recomputeOkrProgress(ctx: TenantContext, okrId: string): Promise<void> {
  const okr = await lockRow(ctx, OkrResource, okrId);
  const row = await ctx.db.one<{ progress: number | null }>(sql`SELECT avg(k.progress)::float8 AS progress
    FROM ${tableAs(KeyResultResource, 'k')} WHERE ${readable(ctx, KeyResultResource, 'k')} AND k.okr_id = ${okrId}::uuid`);
  const progress = row?.progress ?? 0;
  if (okr.progress === progress) return;
  const updated = await updateRow(ctx, OkrResource, okrId, { progress });
  await writeAudit(ctx, OkrResource.name, okrId, 'PROGRESS', snapshot(okr, ['progress']), snapshot(updated, ['progress']));
  announce(ctx, OkrResource, 'PROGRESS', updated);
}

function keepProgress(values: Record<string, unknown>, existing?: KeyResult): void {
  const k = { startValue: 0, currentValue: 0, ...existing, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) } as KeyResult;
  if (k.targetValue === k.startValue) throw badInput('input.targetValue', 'targetValue must differ from startValue');
  values.progress = keyResultProgress(k);
}

export const KeyResultResource: ResourceDefinition<KeyResult> = plain(KeyResult, 'KeyResult', 'keyResults', [{ field: 'title', direction: 'ASC' }], {
  hooks: {
    beforeCreate: (_ctx, values) => keepProgress(values),
    beforeUpdate: (_ctx, existing, patch) => keepProgress(patch, existing),
    async afterWrite(ctx, _action, before, after) {
      await recomputeOkrProgress(ctx, (after ?? before)!.okrId);
    },
  },
});

export const DocumentVersionResource = plain(DocumentVersion, 'DocumentVersion', 'documentVersions', [{ field: 'revision', direction: 'DESC' }], { createInput: false });

export const DocumentResource = plain(Document, 'Document', 'documents', [{ field: 'title', direction: 'ASC' }], {
  hooks: {
    beforeCreate: stamp('authorId', true),
    // An edit of title or content is a new revision; other changes (status, type) are not.
    beforeUpdate(_ctx, existing, patch) {
      const edits = (patch.title !== undefined && patch.title !== existing.title) || (patch.content !== undefined && patch.content !== existing.content);
      if (edits) patch.revision = existing.revision + 1;
    },
    // Every revision is kept as written, with who wrote it: the previous ones stay readable and restorable.
    async afterWrite(ctx, _action, before, after) {
      if (!after || (before && before.revision === after.revision)) return;
      await insertRow(ctx, DocumentVersionResource, { documentId: after.id, revision: after.revision, title: after.title, content: after.content, authorId: ctx.actor.userId });
    },
  },
});

export const KpiResource = plain(Kpi, 'Kpi', 'kpis', [{ field: 'name', direction: 'ASC' }], { hooks: { beforeCreate: stamp('ownerId', true) } });
export const KpiDataPointResource = plain(KpiDataPoint, 'KpiDataPoint', 'kpiDataPoints', [{ field: 'date', direction: 'DESC' }]);
export const ExperimentResource = plain(Experiment, 'Experiment', 'experiments', byCreated, { hooks: { beforeCreate: stamp('ownerId', true) } });
export const FeedbackResource = plain(Feedback, 'Feedback', 'feedbackItems', byCreated);

export const FeedbackIdeaLinkResource = plain(FeedbackIdeaLink, 'FeedbackIdeaLink', 'feedbackIdeaLinks', byCreated);
export const FeedbackFeatureLinkResource = plain(FeedbackFeatureLink, 'FeedbackFeatureLink', 'feedbackFeatureLinks', byCreated);
