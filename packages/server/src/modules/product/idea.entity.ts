import { Check } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { IdeaStatus } from './enums';
import { Roadmap } from './roadmap.entity';

const score = (name: string, formula: string) => field.float({ input: 'none', default: 0, sort: true, description: `${name} = ${formula}; computed by the server whenever an input changes.` });
const rating = (description: string) => field.int({ min: 1, max: 10, default: 1, description: `${description}, 1..10.` });

/** A product idea, scored by RICE, ICE and WSJF (seed 003); scores are never taken from the client. */
@record('ideas', { description: 'Product ideas; riceScore, iceScore and wsjfScore are computed by the server from the inputs.' })
@Check('ck_ideas__reach', 'reach >= 0')
@Check('ck_ideas__priority', 'priority BETWEEN 0 AND 100')
@Check('ck_ideas__ratings', 'impact BETWEEN 1 AND 10 AND confidence BETWEEN 1 AND 10 AND effort BETWEEN 1 AND 10 AND business_value BETWEEN 1 AND 10 AND time_criticality BETWEEN 1 AND 10 AND risk_reduction BETWEEN 1 AND 10 AND job_size BETWEEN 1 AND 10')
export class Idea extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, column: 'text' }) description: string;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'ideas', input: 'create', onDelete: 'CASCADE', index: ['roadmapId', 'status'] }) roadmapId: string;
  @field.reference(() => Membership, { as: 'creator', targetColumn: 'userId', shows: () => User, input: 'create', optional: true, description: 'Who submitted it.', inputDescription: 'Defaults to you.' }) creatorId: string;
  @field.enum(IdeaStatus, 'idea_status', { default: IdeaStatus.SUBMITTED, input: 'none', filter: true, description: 'Changed by changeIdeaStatus (legal transitions only) or promoteIdeaToFeature.' }) status: IdeaStatus;
  @field.int({ min: 0, max: 100, default: 0, sort: true, description: 'Manual priority, 0..100.' }) priority: number;
  @field.int({ min: 0, max: 1_000_000_000, default: 0, description: 'RICE reach: people or events per period, 0 or more.' }) reach: number;
  @rating('Impact') impact: number;
  @rating('Confidence') confidence: number;
  @rating('Effort (ICE ease = 11 − effort)') effort: number;
  @rating('WSJF business value') businessValue: number;
  @rating('WSJF time criticality') timeCriticality: number;
  @rating('WSJF risk reduction / opportunity enablement') riskReduction: number;
  @rating('WSJF job size') jobSize: number;
  @field.textList({ max: 50, items: 20, description: 'Labels, up to 20.' }) tags: string[];
  @score('RICE', 'reach × impact × confidence ÷ effort') riceScore: number;
  @score('ICE', 'impact × confidence × (10 − effort + 1)') iceScore: number;
  @score('WSJF', '(businessValue + timeCriticality + riskReduction) ÷ jobSize') wsjfScore: number;
}
