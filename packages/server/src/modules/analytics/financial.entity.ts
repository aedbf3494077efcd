import { Check, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Company } from '../sales/company.entity';

// The natural key's prefix (organization, company, date) serves the seed's time-range index.
/** A company's financial figures for one date from one source system (seed 004 Financial; its ClientKPI is a Company). */
@record('financials', { description: 'Financial figures per company, date and source system; net profit is computed by the database.' })
@Index('uq_financials__natural_key', ['organizationId', 'companyId', 'recordDate', 'sourceSystem'], { unique: true })
@Check('ck_financials__currency', `currency ~ '^[A-Z]{3}$'`)
export class Financial extends TenantEntity {
  @field.reference(() => Company, { as: 'company', inverse: 'financials', onDelete: 'CASCADE', index: false, input: 'create', description: 'The company (seed 004 ClientKPI) the figures are about.' }) companyId: string;
  @field.date({ filter: true, sort: true, input: 'create', description: 'Date of the figures.' }) recordDate: string;
  @field.decimal({ precision: 12, scale: 2, filter: true, sort: true }) revenue: string;
  @field.decimal({ precision: 12, scale: 2 }) expenses: string;
  @field.decimal({ precision: 12, scale: 2, generated: 'revenue - expenses', filter: true, sort: true, description: 'revenue − expenses, computed by the database.' }) netProfit: string;
  @field.decimal({ precision: 12, scale: 2 }) cashFlow: string;
  @field.currency({ default: 'AUD', filter: true }) currency: string;
  @field.text({ max: 50, min: 1, filter: true, description: 'Integration source (xero, myob, manual); part of the natural key.' }) sourceSystem: string;
  @field.text({ max: 255, nullable: true, filter: true, description: 'The source system’s record id, for reconciliation.' }) externalId: string | null;
  @field.json({ description: 'Source-specific fields.' }) metadata: Record<string, unknown>;
}
