import { Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Company } from '../sales/company.entity';
import { Contact } from '../sales/contact.entity';
import { Deal } from '../sales/deal.entity';
import { LeadEventType } from './enums';

/** A deal event ingested from an outside CRM (seed 004 LeadEvent), linked to the matching company, contact and deal. */
@record('lead_events', { description: 'Pipeline events from outside CRMs (HubSpot, Pipedrive); the external form of a deal’s stage history.' })
@Index('uq_lead_events__natural_key', ['organizationId', 'sourceSystem', 'externalId'], { unique: true })
@Index('ix_lead_events__company_time', ['organizationId', 'companyId', 'occurredAt'])
@Index('ix_lead_events__deal_time', ['organizationId', 'dealId', 'occurredAt'])
export class LeadEvent extends TenantEntity {
  @field.text({ max: 50, min: 1, filter: true, index: false, description: 'The CRM it comes from (hubspot, pipedrive); part of the natural key.' }) sourceSystem: string;
  @field.text({ max: 255, min: 1, filter: true, description: 'The event’s id in that CRM, unique per source.' }) externalId: string;
  @field.text({ max: 255, min: 1, filter: true, description: 'The lead or deal id in that CRM.' }) leadId: string;
  @field.enum(LeadEventType, 'lead_event_type', { default: LeadEventType.STAGE_CHANGED, filter: true }) eventType: LeadEventType;
  @field.text({ max: 100, min: 1, filter: true, index: ['stage', 'status'], description: 'Pipeline stage in that CRM, e.g. qualified; matched to a stage of the same name.' }) stage: string;
  @field.text({ max: 50, min: 1, filter: true, description: 'active, stale, lost, …' }) status: string;
  @field.decimal({ precision: 12, scale: 2, nullable: true }) value: string | null;
  @field.currency({ default: 'AUD', filter: true }) currency: string;
  @field.datetime({ filter: true, sort: true }) occurredAt: Date;
  @field.json() metadata: Record<string, unknown>;
  @field.reference(() => Company, { nullable: true, as: 'company', inverse: 'leadEvents', onDelete: 'CASCADE', index: false }) companyId: string | null;
  @field.reference(() => Contact, { nullable: true, as: 'contact', inverse: 'leadEvents' }) contactId: string | null;
  @field.reference(() => Deal, { nullable: true, as: 'deal', inverse: 'externalEvents', inverseDescription: 'Events of this deal from outside CRMs, beside its stageChanges.', onDelete: 'CASCADE', index: false }) dealId: string | null;
}
