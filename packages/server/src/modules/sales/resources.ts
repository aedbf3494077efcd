import { ID } from 'type-graphql';
import { badInput, conflict } from '../../platform/errors';
import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { ident, sql } from '../../platform/sql';
import { UserResource } from '../identity/resources';
import { Activity } from './activity.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { DealStageChange } from './deal-stage-change.entity';
import { ActivityStatus } from './enums';
import { CreateActivityInput, CreateCompanyInput, CreateContactInput, CreateDealInput, CreatePipelineInput, CreatePipelineStageInput } from './inputs';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';
import { matchesSearch, prefixQuery } from './search-documents';
import { prepareNewDeal, recordStageChange } from './deal-rules';

const fullText = (table: 'companies' | 'contacts' | 'deals') => ({
  type: () => String,
  description: 'Words to find (prefix match on each word).',
  compile: (_ctx: unknown, alias: string, value: unknown) => {
    const query = prefixQuery(String(value));
    return query ? matchesSearch(table, alias, query) : sql`TRUE`;
  },
});

export const CompanyResource: ResourceDefinition<Company> = defineResource({
  entity: Company,
  name: 'Company',
  plural: 'companies',
  area: 'records',
  ownedBy: 'ownerId',
  filterable: ['name', 'industry', 'size', 'status', 'revenue', 'employeeCount', 'country', 'ownerId', 'createdAt', 'updatedAt'],
  sortable: ['name', 'revenue', 'employeeCount', 'createdAt', 'updatedAt'],
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
  createInput: CreateCompanyInput,
  customFields: true,
  virtualFilters: { search: fullText('companies') },
  belongsTo: { owner: { resource: () => UserResource, foreignKey: 'ownerId' } },
  hasMany: {
    contacts: { resource: () => ContactResource, foreignKey: 'companyId' },
    deals: { resource: () => DealResource, foreignKey: 'companyId' },
    activities: { resource: () => ActivityResource, foreignKey: 'companyId' },
  },
  description: 'Companies (accounts); deleting one keeps its deals and contacts.',
});

export const ContactResource: ResourceDefinition<Contact> = defineResource({
  entity: Contact,
  name: 'Contact',
  plural: 'contacts',
  area: 'records',
  ownedBy: 'ownerId',
  filterable: ['firstName', 'lastName', 'email', 'isPrimary', 'jobTitle', 'companyId', 'ownerId', 'createdAt', 'updatedAt'],
  sortable: ['lastName', 'firstName', 'createdAt', 'updatedAt'],
  defaultOrder: [{ field: 'lastName', direction: 'ASC' }, { field: 'firstName', direction: 'ASC' }],
  createInput: CreateContactInput,
  customFields: true,
  virtualFilters: { search: fullText('contacts') },
  belongsTo: { company: { resource: () => CompanyResource, foreignKey: 'companyId' }, owner: { resource: () => UserResource, foreignKey: 'ownerId' } },
  hasMany: {
    deals: { resource: () => DealResource, foreignKey: 'contactId' },
    activities: { resource: () => ActivityResource, foreignKey: 'contactId' },
  },
});

export const PipelineResource: ResourceDefinition<Pipeline> = defineResource({
  entity: Pipeline,
  name: 'Pipeline',
  plural: 'pipelines',
  area: 'settings',
  filterable: ['name', 'createdAt'],
  sortable: ['position', 'name', 'createdAt'],
  defaultOrder: [{ field: 'position', direction: 'ASC' }],
  createInput: CreatePipelineInput,
  hasMany: {
    stages: { resource: () => PipelineStageResource, foreignKey: 'pipelineId' },
    deals: { resource: () => DealResource, foreignKey: 'pipelineId' },
  },
});

export const PipelineStageResource: ResourceDefinition<PipelineStage> = defineResource({
  entity: PipelineStage,
  name: 'PipelineStage',
  plural: 'pipelineStages',
  area: 'settings',
  filterable: ['pipelineId', 'name', 'type', 'createdAt'],
  sortable: ['position', 'name', 'createdAt'],
  defaultOrder: [{ field: 'position', direction: 'ASC' }],
  createInput: CreatePipelineStageInput,
  immutable: ['pipelineId'],
  belongsTo: { pipeline: { resource: () => PipelineResource, foreignKey: 'pipelineId' } },
  hasMany: { deals: { resource: () => DealResource, foreignKey: 'stageId' } },
  hooks: {
    async beforeDelete(ctx, stage) {
      const held = await ctx.db.one<{ count: number }>(sql`SELECT count(*)::int AS count FROM deals
        WHERE organization_id = ${ctx.organizationId} AND stage_id = ${stage.id}::uuid AND deleted_at IS NULL`);
      if (held && held.count > 0) throw conflict(`The stage "${stage.name}" still holds ${held.count} deal(s); move them to another stage first`, { field: 'id' });
    },
  },
});

export const DealResource: ResourceDefinition<Deal> = defineResource({
  entity: Deal,
  name: 'Deal',
  plural: 'deals',
  area: 'records',
  ownedBy: 'ownerId',
  filterable: ['title', 'value', 'currency', 'status', 'priority', 'source', 'expectedCloseDate', 'closedAt', 'stageEnteredAt', 'createdAt', 'updatedAt', 'ownerId', 'companyId', 'contactId', 'stageId', 'pipelineId'],
  sortable: ['title', 'value', 'expectedCloseDate', 'closedAt', 'stageEnteredAt', 'position', 'createdAt', 'updatedAt'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  createInput: CreateDealInput,
  // Stage, pipeline and closing fields change only through moveDeal, which keeps the history.
  immutable: ['stageId', 'pipelineId', 'lostReason'],
  customFields: true,
  virtualFilters: {
    search: fullText('deals'),
    teamId: {
      type: () => ID,
      description: 'Only deals owned by members of this team.',
      compile: (ctx, alias, value) => sql`${ident(alias)}.owner_id IN (SELECT m.user_id FROM memberships m WHERE m.organization_id = ${ctx.organizationId} AND m.team_id = ${String(value)}::uuid AND m.deleted_at IS NULL)`,
    },
  },
  belongsTo: {
    pipeline: { resource: () => PipelineResource, foreignKey: 'pipelineId' },
    stage: { resource: () => PipelineStageResource, foreignKey: 'stageId' },
    company: { resource: () => CompanyResource, foreignKey: 'companyId' },
    contact: { resource: () => ContactResource, foreignKey: 'contactId' },
    owner: { resource: () => UserResource, foreignKey: 'ownerId' },
  },
  hasMany: {
    activities: { resource: () => ActivityResource, foreignKey: 'dealId' },
    stageChanges: { resource: () => DealStageChangeResource, foreignKey: 'dealId', description: 'Stage history, oldest first.' },
  },
  hooks: {
    beforeCreate: prepareNewDeal,
    async afterWrite(ctx, action, before, after) {
      if (action === 'CREATE' && after) await recordStageChange(ctx, before, after);
    },
  },
});

export const DealStageChangeResource: ResourceDefinition<DealStageChange> = defineResource({
  entity: DealStageChange,
  name: 'DealStageChange',
  plural: 'dealStageChanges',
  area: 'records',
  filterable: ['dealId', 'pipelineId', 'fromStageId', 'toStageId', 'createdAt'],
  sortable: ['createdAt'],
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  belongsTo: {
    deal: { resource: () => DealResource, foreignKey: 'dealId' },
    fromStage: { resource: () => PipelineStageResource, foreignKey: 'fromStageId' },
    toStage: { resource: () => PipelineStageResource, foreignKey: 'toStageId' },
    changedBy: { resource: () => UserResource, foreignKey: 'changedById' },
  },
});

/** Completing sets completedAt, reopening clears it: the two never disagree. */
function syncCompletion(values: Record<string, unknown>, existing?: Activity): void {
  if (values.status === ActivityStatus.COMPLETED && !existing?.completedAt) values.completedAt = new Date();
  if (values.status !== undefined && values.status !== ActivityStatus.COMPLETED) values.completedAt = null;
}

export const ActivityResource: ResourceDefinition<Activity> = defineResource({
  entity: Activity,
  name: 'Activity',
  plural: 'activities',
  area: 'records',
  ownedBy: 'ownerId',
  assignedTo: 'assignedToId',
  filterable: ['type', 'status', 'priority', 'subject', 'dueAt', 'completedAt', 'createdAt', 'updatedAt', 'companyId', 'contactId', 'dealId', 'ownerId', 'assignedToId'],
  sortable: ['dueAt', 'completedAt', 'createdAt', 'updatedAt'],
  defaultOrder: [{ field: 'dueAt', direction: 'ASC' }],
  createInput: CreateActivityInput,
  customFields: true,
  belongsTo: {
    company: { resource: () => CompanyResource, foreignKey: 'companyId' },
    contact: { resource: () => ContactResource, foreignKey: 'contactId' },
    deal: { resource: () => DealResource, foreignKey: 'dealId' },
    owner: { resource: () => UserResource, foreignKey: 'ownerId' },
    assignedTo: { resource: () => UserResource, foreignKey: 'assignedToId' },
  },
  hooks: {
    beforeCreate(ctx, values) {
      values.assignedToId ??= values.ownerId ?? ctx.actor.userId;
      syncCompletion(values);
      if (!values.companyId && !values.contactId && !values.dealId && values.type !== 'TASK' && values.type !== 'NOTE') {
        throw badInput('input.dealId', 'Link the activity to a company, contact or deal');
      }
    },
    beforeUpdate(_ctx, existing, patch) {
      syncCompletion(patch, existing);
    },
  },
});
