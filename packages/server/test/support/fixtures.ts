import type { Tenant } from './harness';

/**
 * Hand-written create inputs, still used by exact-input.test.ts. The contract suites no longer
 * read them: they build inputs from each resource's create input type (fixture-generator.ts), so
 * a new resource needs no line here.
 */
export interface Fixture {
  input(tenant: Tenant, n: number): Record<string, unknown>;
  /** A string field with a distinct value per row: filtered, ordered and updated by the suite. */
  textField: string;
  /** Selection used when reading rows back (must include id, version and textField). */
  fields: string;
}

export const FIXTURES: Record<string, Fixture> = {
  Company: { input: (_t, n) => ({ name: `Company ${n}`, industry: n % 2 ? 'Retail' : 'Energy', revenue: `${1000 * n}.50` }), textField: 'name', fields: 'id version name industry revenue' },
  Contact: { input: (_t, n) => ({ firstName: `Ann ${n}`, lastName: `Lee ${n}`, email: `ann${n}@example.com` }), textField: 'lastName', fields: 'id version lastName email' },
  Pipeline: { input: (_t, n) => ({ name: `Pipeline ${n}`, position: n }), textField: 'name', fields: 'id version name' },
  PipelineStage: { input: (t, n) => ({ pipelineId: t.pipelineId, name: `Stage ${n}`, position: 20 + n, probability: 0.5 }), textField: 'name', fields: 'id version name' },
  Deal: { input: (t, n) => ({ title: `Deal ${n}`, value: `${100 * n}.00`, stageId: t.stages[0].id }), textField: 'title', fields: 'id version title value' },
  Activity: { input: (_t, n) => ({ type: 'TASK', subject: `Task ${n}` }), textField: 'subject', fields: 'id version subject' },
  Team: { input: (_t, n) => ({ name: `Team ${n}` }), textField: 'name', fields: 'id version name' },
  Product: { input: (_t, n) => ({ name: `Product ${n}`, sku: `SKU-${n}`, price: `${n}.25` }), textField: 'name', fields: 'id version name sku price' },
  CustomFieldDefinition: { input: (_t, n) => ({ entityType: 'Contact', key: `field${n}`, label: `Field ${n}`, type: 'TEXT' }), textField: 'label', fields: 'id version label' },
};

export const pad = (n: number) => String(n).padStart(3, '0');
