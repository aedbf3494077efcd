import { registerEnumType } from 'type-graphql';

/** Seed 003's enums; its Priority (CRITICAL..LOW) differs from sales' and is WorkPriority here. */
export enum Lifecycle { IDEATION = 'IDEATION', DISCOVERY = 'DISCOVERY', DEFINITION = 'DEFINITION', DELIVERY = 'DELIVERY', LAUNCH = 'LAUNCH', GROWTH = 'GROWTH', MATURITY = 'MATURITY', SUNSET = 'SUNSET' }
export enum IdeaStatus { SUBMITTED = 'SUBMITTED', UNDER_REVIEW = 'UNDER_REVIEW', APPROVED = 'APPROVED', IN_DEVELOPMENT = 'IN_DEVELOPMENT', IMPLEMENTED = 'IMPLEMENTED', REJECTED = 'REJECTED' }
export enum FeatureStatus { BACKLOG = 'BACKLOG', IN_PROGRESS = 'IN_PROGRESS', IN_REVIEW = 'IN_REVIEW', TESTING = 'TESTING', DONE = 'DONE', CANCELLED = 'CANCELLED' }
export enum WorkPriority { CRITICAL = 'CRITICAL', HIGH = 'HIGH', MEDIUM = 'MEDIUM', LOW = 'LOW' }
export enum EpicStatus { PLANNING = 'PLANNING', IN_PROGRESS = 'IN_PROGRESS', COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED' }
export enum ReleaseStatus { PLANNING = 'PLANNING', IN_PROGRESS = 'IN_PROGRESS', TESTING = 'TESTING', READY = 'READY', RELEASED = 'RELEASED', CANCELLED = 'CANCELLED' }
export enum ReleaseType { MAJOR = 'MAJOR', MINOR = 'MINOR', PATCH = 'PATCH', HOTFIX = 'HOTFIX' }
export enum ChangelogKind { ADDED = 'ADDED', CHANGED = 'CHANGED', FIXED = 'FIXED', REMOVED = 'REMOVED', DEPRECATED = 'DEPRECATED', SECURITY = 'SECURITY' }
export enum OkrStatus { DRAFT = 'DRAFT', ACTIVE = 'ACTIVE', COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED' }
export enum DocumentType { PRD = 'PRD', RFC = 'RFC', SPEC = 'SPEC', GUIDE = 'GUIDE', POLICY = 'POLICY', GENERAL = 'GENERAL' }
export enum DocumentStatus { DRAFT = 'DRAFT', REVIEW = 'REVIEW', APPROVED = 'APPROVED', PUBLISHED = 'PUBLISHED', ARCHIVED = 'ARCHIVED' }
export enum WorkItemStatus { TODO = 'TODO', IN_PROGRESS = 'IN_PROGRESS', IN_REVIEW = 'IN_REVIEW', DONE = 'DONE', CANCELLED = 'CANCELLED' }
export enum KpiFrequency { DAILY = 'DAILY', WEEKLY = 'WEEKLY', MONTHLY = 'MONTHLY', QUARTERLY = 'QUARTERLY' }
export enum ExperimentStatus { DRAFT = 'DRAFT', RUNNING = 'RUNNING', COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED' }
export enum FeedbackType { FEATURE_REQUEST = 'FEATURE_REQUEST', BUG_REPORT = 'BUG_REPORT', IMPROVEMENT = 'IMPROVEMENT', COMPLAINT = 'COMPLAINT', COMPLIMENT = 'COMPLIMENT' }
export enum FeedbackStatus { SUBMITTED = 'SUBMITTED', UNDER_REVIEW = 'UNDER_REVIEW', PLANNED = 'PLANNED', IN_PROGRESS = 'IN_PROGRESS', COMPLETED = 'COMPLETED', REJECTED = 'REJECTED' }

registerEnumType(Lifecycle, { name: 'Lifecycle', description: 'Where a roadmap\'s product is in its life, from IDEATION to SUNSET.' });
registerEnumType(IdeaStatus, { name: 'IdeaStatus' });
registerEnumType(FeatureStatus, { name: 'FeatureStatus' });
registerEnumType(WorkPriority, { name: 'WorkPriority' });
registerEnumType(EpicStatus, { name: 'EpicStatus' });
registerEnumType(ReleaseStatus, { name: 'ReleaseStatus' });
registerEnumType(ReleaseType, { name: 'ReleaseType' });
registerEnumType(ChangelogKind, { name: 'ChangelogKind' });
registerEnumType(OkrStatus, { name: 'OkrStatus' });
registerEnumType(DocumentType, { name: 'DocumentType' });
registerEnumType(DocumentStatus, { name: 'DocumentStatus' });
registerEnumType(WorkItemStatus, { name: 'WorkItemStatus' });
registerEnumType(KpiFrequency, { name: 'KpiFrequency' });
registerEnumType(ExperimentStatus, { name: 'ExperimentStatus' });
registerEnumType(FeedbackType, { name: 'FeedbackType' });
registerEnumType(FeedbackStatus, { name: 'FeedbackStatus' });
