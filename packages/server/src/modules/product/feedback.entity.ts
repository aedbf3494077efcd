import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Company } from '../sales/company.entity';
import { Contact } from '../sales/contact.entity';
import { Feature } from './delivery.entity';
import { FeedbackStatus, FeedbackType, WorkPriority } from './enums';
import { Idea } from './idea.entity';
import { Roadmap } from './roadmap.entity';

/** What a customer asked for or reported (seed 003 Feedback), from a CRM contact or company. */
@record('feedback', { description: 'Customer feedback; link it to ideas and features (FeedbackIdeaLink, FeedbackFeatureLink) to see the demand behind them.' })
export class Feedback extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, column: 'text' }) description: string;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'feedback', input: 'create', onDelete: 'CASCADE' }) roadmapId: string;
  @field.enum(FeedbackType, 'feedback_type', { default: FeedbackType.FEATURE_REQUEST, filter: true }) type: FeedbackType;
  @field.enum(FeedbackStatus, 'feedback_status', { default: FeedbackStatus.SUBMITTED, filter: true }) status: FeedbackStatus;
  @field.enum(WorkPriority, 'work_priority', { default: WorkPriority.MEDIUM, filter: true }) priority: WorkPriority;
  @field.text({ max: 100, nullable: true, filter: true, description: 'Where it came from, e.g. support, survey, interview.' }) source: string | null;
  @field.text({ max: 254, nullable: true, email: true }) userEmail: string | null;
  @field.reference(() => Contact, { nullable: true, as: 'contact', inverse: 'feedback', description: 'The customer contact who gave it.' }) contactId: string | null;
  @field.reference(() => Company, { nullable: true, as: 'company', inverse: 'feedback', description: 'The customer company (when the contact has none, or no contact is known).' }) companyId: string | null;
}

const note = () => field.text({ max: 2000, min: 1, filter: true, description: 'What the customer asks of it, in their words.' });

/** Feedback linked to the idea it asks for; the same pair linked twice counts once in demand. */
@record('feedback_idea_links', { description: 'Links feedback to an idea it asks for, with what the customer said.' })
export class FeedbackIdeaLink extends TenantEntity {
  @field.reference(() => Feedback, { as: 'feedback', inverse: 'ideaLinks', input: 'create', onDelete: 'CASCADE' }) feedbackId: string;
  @field.reference(() => Idea, { as: 'idea', inverse: 'feedbackLinks', input: 'create', onDelete: 'CASCADE' }) ideaId: string;
  @note() note: string;
}

/** Feedback linked to a feature it asks for. */
@record('feedback_feature_links', { description: 'Links feedback to a feature it asks for, with what the customer said.' })
export class FeedbackFeatureLink extends TenantEntity {
  @field.reference(() => Feedback, { as: 'feedback', inverse: 'featureLinks', input: 'create', onDelete: 'CASCADE' }) feedbackId: string;
  @field.reference(() => Feature, { as: 'feature', inverse: 'feedbackLinks', input: 'create', onDelete: 'CASCADE' }) featureId: string;
  @note() note: string;
}
