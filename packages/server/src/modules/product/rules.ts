import { AppError } from '../../platform/errors';
import { EpicStatus, FeatureStatus, IdeaStatus, ReleaseStatus } from './enums';

/** The inputs of an idea's scores (seed 003). */
export interface ScoreInputs { reach: number; impact: number; confidence: number; effort: number; businessValue: number; timeCriticality: number; riskReduction: number; jobSize: number }

/** Seed 003's formulas, exactly: RICE, ICE (ease = 10 − effort + 1) and WSJF. Ranges keep every divisor ≥ 1. */
export function ideaScores(i: ScoreInputs): { riceScore: number; iceScore: number; wsjfScore: number } {
  return {
    riceScore: (i.reach * i.impact * i.confidence) / i.effort,
    iceScore: i.impact * i.confidence * (10 - i.effort + 1),
    wsjfScore: (i.businessValue + i.timeCriticality + i.riskReduction) / i.jobSize,
  };
}

export const SCORE_INPUTS: (keyof ScoreInputs)[] = ['reach', 'impact', 'confidence', 'effort', 'businessValue', 'timeCriticality', 'riskReduction', 'jobSize'];

/** A key result's progress: how far current has come from start towards target, clamped to 0..1 (works for falling targets too). */
export function keyResultProgress(k: { startValue: number; targetValue: number; currentValue: number }): number {
  const span = k.targetValue - k.startValue;
  if (span === 0) return 0;
  return Math.min(1, Math.max(0, (k.currentValue - k.startValue) / span));
}

/** Legal next statuses of each lifecycle; a status not listed as a key's successor cannot follow it. */
export type Lifecycle<S extends string> = Record<S, readonly S[]>;

export const IDEA_LIFECYCLE: Lifecycle<IdeaStatus> = {
  SUBMITTED: [IdeaStatus.UNDER_REVIEW, IdeaStatus.REJECTED],
  UNDER_REVIEW: [IdeaStatus.APPROVED, IdeaStatus.REJECTED, IdeaStatus.SUBMITTED],
  APPROVED: [IdeaStatus.IN_DEVELOPMENT, IdeaStatus.UNDER_REVIEW, IdeaStatus.REJECTED],
  IN_DEVELOPMENT: [IdeaStatus.IMPLEMENTED, IdeaStatus.APPROVED],
  IMPLEMENTED: [],
  REJECTED: [IdeaStatus.UNDER_REVIEW],
};

export const FEATURE_LIFECYCLE: Lifecycle<FeatureStatus> = {
  BACKLOG: [FeatureStatus.IN_PROGRESS, FeatureStatus.CANCELLED],
  IN_PROGRESS: [FeatureStatus.IN_REVIEW, FeatureStatus.BACKLOG, FeatureStatus.CANCELLED],
  IN_REVIEW: [FeatureStatus.TESTING, FeatureStatus.IN_PROGRESS, FeatureStatus.CANCELLED],
  TESTING: [FeatureStatus.DONE, FeatureStatus.IN_PROGRESS, FeatureStatus.CANCELLED],
  DONE: [FeatureStatus.IN_PROGRESS],
  CANCELLED: [FeatureStatus.BACKLOG],
};

export const EPIC_LIFECYCLE: Lifecycle<EpicStatus> = {
  PLANNING: [EpicStatus.IN_PROGRESS, EpicStatus.CANCELLED],
  IN_PROGRESS: [EpicStatus.COMPLETED, EpicStatus.PLANNING, EpicStatus.CANCELLED],
  COMPLETED: [EpicStatus.IN_PROGRESS],
  CANCELLED: [EpicStatus.PLANNING],
};

export const RELEASE_LIFECYCLE: Lifecycle<ReleaseStatus> = {
  PLANNING: [ReleaseStatus.IN_PROGRESS, ReleaseStatus.CANCELLED],
  IN_PROGRESS: [ReleaseStatus.TESTING, ReleaseStatus.PLANNING, ReleaseStatus.CANCELLED],
  TESTING: [ReleaseStatus.READY, ReleaseStatus.IN_PROGRESS, ReleaseStatus.CANCELLED],
  READY: [ReleaseStatus.RELEASED, ReleaseStatus.TESTING, ReleaseStatus.CANCELLED],
  RELEASED: [],
  CANCELLED: [ReleaseStatus.PLANNING],
};

/** Refuses a move the lifecycle does not allow, naming both ends and what is allowed. */
export function assertTransition<S extends string>(what: string, lifecycle: Lifecycle<S>, from: S, to: S, field = 'status'): void {
  if (lifecycle[from].includes(to)) return;
  const allowed = lifecycle[from].length ? lifecycle[from].join(', ') : 'nothing (it is final)';
  throw new AppError('BAD_USER_INPUT', `A ${what} cannot go from ${from} to ${to}; from ${from} it can go to ${allowed}`, { field, from, to });
}
