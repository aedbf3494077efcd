import { IsInt, Length, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import type { TenantContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { defineAction } from '../../platform/resource/actions';
import type { ResourceDefinition } from '../../platform/resource/definition';
import { createRecord, deleteRecord } from '../../platform/resource/mutations';
import { readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import type { Release } from './release.entity';
import { EpicStatus, FeatureStatus, IdeaStatus, ReleaseStatus } from './enums';
import {
  DocumentResource, DocumentVersionResource, EpicResource, FeatureResource, FeedbackFeatureLinkResource, FeedbackIdeaLinkResource, FeedbackResource, IdeaFeatureLinkResource, IdeaResource, KeyResultResource,
  LaunchChecklistItemResource, ReleaseFeatureResource, ReleaseResource,
} from './resources';
import { assertTransition, EPIC_LIFECYCLE, FEATURE_LIFECYCLE, IDEA_LIFECYCLE, RELEASE_LIFECYCLE, type Lifecycle } from './rules';

/**
 * Status changes of ideas, features, epics and releases: legal transitions only, each one
 * transaction through the action pipeline, audited and announced on the event bus as
 * STATUS_CHANGE (what webhooks deliver as "<type> status changed").
 */
export const STATUS_CHANGE = 'STATUS_CHANGE';

interface StatusArgs<S> { id: string; status: S; expectedVersion?: number | null }

/** `(id, status, expectedVersion)` arguments typed with the resource's status enum. */
function statusArgs(enumType: object, name: string): new () => StatusArgs<string> {
  const cls = { [name]: class { id!: string; status!: string; expectedVersion?: number | null } }[name];
  Field(() => ID)(cls.prototype, 'id');
  Field(() => enumType, { description: 'The status to move to; it must be a legal next step.' })(cls.prototype, 'status');
  Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is refused with CONFLICT.' })(cls.prototype, 'expectedVersion');
  ArgsType()(cls);
  return cls;
}

function statusAction<E extends { status: S }, S extends string>(
  resource: ResourceDefinition<E>, name: string, enumType: object, lifecycle: Lifecycle<S>,
  extra?: (ctx: TenantContext, record: E, to: S) => Promise<Record<string, unknown>> | Record<string, unknown>,
) {
  return defineAction<E, StatusArgs<S>>(resource, {
    name,
    description: `Moves a ${resource.name.toLowerCase()} to another status; illegal transitions are refused with BAD_USER_INPUT naming from and to.`,
    args: statusArgs(enumType, `${name[0].toUpperCase()}${name.slice(1)}Args`) as never,
    auditAs: STATUS_CHANGE,
    recordId: ({ id }) => id,
    expectedVersion: ({ expectedVersion }) => expectedVersion,
    async change(ctx, record, { status }) {
      assertTransition(resource.name.toLowerCase(), lifecycle, record.status, status);
      return { status, ...(await extra?.(ctx, record, status)) };
    },
  });
}

export const ChangeIdeaStatus = statusAction(IdeaResource, 'changeIdeaStatus', IdeaStatus, IDEA_LIFECYCLE);
export const ChangeFeatureStatus = statusAction(FeatureResource, 'changeFeatureStatus', FeatureStatus, FEATURE_LIFECYCLE);
export const ChangeEpicStatus = statusAction(EpicResource, 'changeEpicStatus', EpicStatus, EPIC_LIFECYCLE);

/** A release is launched only with its whole checklist done; otherwise the refusal lists what is open. */
async function launchGate(ctx: TenantContext, release: Release, to: ReleaseStatus): Promise<Record<string, unknown>> {
  if (to !== ReleaseStatus.RELEASED) return {};
  const open = await ctx.db.query<{ id: string; title: string }>(sql`SELECT c.id, c.title FROM ${tableAs(LaunchChecklistItemResource, 'c')}
    WHERE ${readable(ctx, LaunchChecklistItemResource, 'c')} AND c.release_id = ${release.id}::uuid AND NOT c.done ORDER BY c.position, c.id LIMIT 100`);
  if (open.length) {
    throw new AppError('BAD_USER_INPUT', `The launch checklist still has ${open.length} open item(s): ${open.map((o) => `"${o.title}"`).join(', ')}`, { field: 'status', from: release.status, to, openItems: open });
  }
  return { releaseDate: new Date() };
}

export const ChangeReleaseStatus = statusAction(ReleaseResource, 'changeReleaseStatus', ReleaseStatus, RELEASE_LIFECYCLE, launchGate);

@ArgsType()
class IdArgs {
  @Field(() => ID) id: string;
}

export const LaunchRelease = defineAction(ReleaseResource, {
  name: 'launchRelease',
  description: 'Marks a READY release RELEASED (same rules as changeReleaseStatus): refused while its launch checklist has open items, which the error lists.',
  args: IdArgs,
  auditAs: STATUS_CHANGE,
  recordId: ({ id }) => id,
  async change(ctx, release) {
    assertTransition('release', RELEASE_LIFECYCLE, release.status, ReleaseStatus.RELEASED);
    return { status: ReleaseStatus.RELEASED, ...(await launchGate(ctx, release, ReleaseStatus.RELEASED)) };
  },
});

/** An approved idea becomes a feature of its roadmap; the feature keeps the link (an IdeaFeatureLink) and the idea moves to IN_DEVELOPMENT. */
export const PromoteIdeaToFeature = defineAction(IdeaResource, {
  name: 'promoteIdeaToFeature',
  description: 'Creates a feature from an APPROVED idea, linked to it by an IdeaFeatureLink (idea.featureLinks, feature.ideaLinks), and moves the idea to IN_DEVELOPMENT.',
  args: IdArgs,
  auditAs: STATUS_CHANGE,
  recordId: ({ id }) => id,
  change(_ctx, idea) {
    if (idea.status !== IdeaStatus.APPROVED) throw new AppError('BAD_USER_INPUT', `Only an APPROVED idea can be promoted (this one is ${idea.status})`, { field: 'id', from: idea.status, to: IdeaStatus.IN_DEVELOPMENT });
    return { status: IdeaStatus.IN_DEVELOPMENT };
  },
  async afterChange(ctx, idea) {
    const feature = await createRecord(ctx, FeatureResource, { title: idea.title, description: idea.description, roadmapId: idea.roadmapId });
    await createRecord(ctx, IdeaFeatureLinkResource, { ideaId: idea.id, featureId: feature.id, note: `Promoted from the idea "${idea.title}"` });
  },
});

@ArgsType()
class MoveFeatureToReleaseArgs {
  @Field(() => ID) featureId: string;
  @Field(() => ID, { nullable: true, description: 'The release it leaves; omitted when it was not scheduled in one.' }) fromReleaseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The release it joins; omitted to unschedule it (take it out of fromReleaseId only).' }) toReleaseId?: string | null;
}

/** The roadmap's drag between release columns: leaves one release and joins another in one transaction (its other releases stay). */
export const MoveFeatureToRelease = defineAction(FeatureResource, {
  name: 'moveFeatureToRelease',
  description: 'Moves a feature from one release to another (or into / out of "unscheduled" when one side is omitted), in one transaction; the feature\'s other releases are kept.',
  args: MoveFeatureToReleaseArgs,
  recordId: ({ featureId }) => featureId,
  change(_ctx, _feature, { fromReleaseId, toReleaseId }) {
    if (!fromReleaseId && !toReleaseId) throw new AppError('BAD_USER_INPUT', 'Give the release the feature leaves, the one it joins, or both', { field: 'toReleaseId' });
    if (fromReleaseId === toReleaseId) throw new AppError('BAD_USER_INPUT', 'The feature is already in this release', { field: 'toReleaseId' });
    return {};
  },
  async afterChange(ctx, feature, _after, { fromReleaseId, toReleaseId }) {
    const linkTo = async (releaseId: string) => (await ctx.db.one<{ id: string }>(sql`SELECT l.id FROM ${tableAs(ReleaseFeatureResource, 'l')}
      WHERE ${readable(ctx, ReleaseFeatureResource, 'l')} AND l.feature_id = ${feature.id}::uuid AND l.release_id = ${releaseId}::uuid`))?.id;
    if (fromReleaseId) {
      const link = await linkTo(fromReleaseId);
      if (!link) throw notFound('This feature in the release it should leave', 'fromReleaseId');
      await deleteRecord(ctx, ReleaseFeatureResource, link);
    }
    // Already in the target release (it can be in several): leaving the other one was the whole move.
    if (toReleaseId && !(await linkTo(toReleaseId))) await createRecord(ctx, ReleaseFeatureResource, { releaseId: toReleaseId, featureId: feature.id, note: feature.title });
  },
});

@ArgsType()
class KeyResultProgressArgs {
  @Field(() => ID) id: string;
  @Field(() => Float, { description: 'The measure now; the key result\'s and its OKR\'s progress follow in the same transaction.' }) currentValue: number;
}

export const UpdateKeyResultProgress = defineAction(KeyResultResource, {
  name: 'updateKeyResultProgress',
  args: KeyResultProgressArgs,
  auditAs: 'PROGRESS',
  recordId: ({ id }) => id,
  change: (_ctx, _kr, { currentValue }) => ({ currentValue }),
});

@ArgsType()
class RestoreDocumentVersionArgs {
  @Field(() => ID) documentId: string;
  @Field(() => Int, { description: 'The revision to bring back; it becomes a new revision.' }) @IsInt() @Min(1) revision: number;
}

export const RestoreDocumentVersion = defineAction(DocumentResource, {
  name: 'restoreDocumentVersion',
  description: 'Makes an earlier revision current again, as a new revision (history is never rewritten).',
  args: RestoreDocumentVersionArgs,
  recordId: ({ documentId }) => documentId,
  async change(ctx, doc, { documentId, revision }) {
    const version = await ctx.db.one<{ title: string; content: string }>(sql`SELECT v.title, v.content FROM ${tableAs(DocumentVersionResource, 'v')}
      WHERE ${readable(ctx, DocumentVersionResource, 'v')} AND v.document_id = ${documentId}::uuid AND v.revision = ${revision}`);
    if (!version) throw notFound(`Revision ${revision} of this document`, 'revision');
    return { title: version.title, content: version.content, revision: doc.revision + 1 };
  },
});

@ArgsType()
class LinkFeedbackArgs {
  @Field(() => ID) feedbackId: string;
  @Field(() => ID, { nullable: true, description: 'The idea it asks for.' }) ideaId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The feature it asks for.' }) featureId?: string | null;
  @Field({ description: 'What the customer asks of it, in their words.' }) @Length(1, 2000) note: string;
}

/** Links feedback to an idea and/or a feature in one transaction (the links are also plain resources). */
export const LinkFeedback = defineAction(FeedbackResource, {
  name: 'linkFeedback',
  description: 'Links feedback to the idea and/or feature it asks for; their demand counts its customer from then on.',
  args: LinkFeedbackArgs,
  recordId: ({ feedbackId }) => feedbackId,
  change(_ctx, _feedback, { ideaId, featureId }) {
    if (!ideaId && !featureId) throw new AppError('BAD_USER_INPUT', 'Give the idea or the feature the feedback asks for', { field: 'ideaId' });
    return {};
  },
  async afterChange(ctx, feedback, _after, { ideaId, featureId, note }) {
    if (ideaId) await createRecord(ctx, FeedbackIdeaLinkResource, { feedbackId: feedback.id, ideaId, note });
    if (featureId) await createRecord(ctx, FeedbackFeatureLinkResource, { feedbackId: feedback.id, featureId, note });
  },
});
