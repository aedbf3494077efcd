import { badInput } from '../errors';
import { sql } from '../sql';
import type { TenantContext } from '../context';
import { CustomFieldType } from './custom-field-definition.entity';

interface DefinitionRow {
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 2000;

function checkValue(def: DefinitionRow, value: unknown, path: string): void {
  const fail = (message: string) => { throw badInput(path, `${def.label}: ${message}`); };
  switch (def.type) {
    case CustomFieldType.TEXT:
      if (typeof value !== 'string') fail('must be text');
      if ((value as string).length > MAX_TEXT) fail(`must be at most ${MAX_TEXT} characters`);
      break;
    case CustomFieldType.NUMBER:
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('must be a number');
      break;
    case CustomFieldType.DATE:
      // Date.parse rolls impossible days over (2027-02-30 → March 2); only a date that reads back unchanged exists.
      if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) fail('must be a date YYYY-MM-DD');
      break;
    case CustomFieldType.BOOLEAN:
      if (typeof value !== 'boolean') fail('must be true or false');
      break;
    case CustomFieldType.SELECT:
      if (typeof value !== 'string' || !def.options.includes(value)) fail(`must be one of ${def.options.join(', ')}`);
      break;
    case CustomFieldType.MULTI_SELECT:
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !def.options.includes(v))) fail(`must be a list of ${def.options.join(', ')}`);
      if (new Set(value as string[]).size !== (value as string[]).length) fail('must not repeat an option');
      break;
  }
}

/** The organization's custom fields of an entity type (read once for a batch of rows). */
export function customFieldDefinitions(ctx: TenantContext, entityType: string): Promise<DefinitionRow[]> {
  return ctx.db.query<DefinitionRow>(sql`
    SELECT key, label, type, options, required FROM custom_field_definitions
    WHERE organization_id = ${ctx.organizationId} AND entity_type = ${entityType} AND deleted_at IS NULL`);
}

/**
 * Merges a patch of custom-field values into the current ones and checks the result against the
 * organization's definitions for the entity type. `null` removes a value.
 */
export async function validateCustomFields(
  ctx: TenantContext,
  entityType: string,
  current: Record<string, unknown>,
  patch: Record<string, unknown> | undefined | null,
  path = 'input.customFields',
  known?: DefinitionRow[],
): Promise<Record<string, unknown>> {
  if (patch !== undefined && patch !== null && (typeof patch !== 'object' || Array.isArray(patch))) throw badInput(path, 'customFields must be an object of values by key');
  const definitions = known ?? await customFieldDefinitions(ctx, entityType);
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch ?? {})) {
    const def = byKey.get(key);
    if (!def) throw badInput(`${path}.${key}`, `There is no custom field "${key}" on ${entityType}`);
    if (value === null) delete merged[key];
    else {
      checkValue(def, value, `${path}.${key}`);
      merged[key] = value;
    }
  }
  for (const def of definitions) {
    if (def.required && (merged[def.key] === undefined || merged[def.key] === null)) throw badInput(`${path}.${def.key}`, `${def.label} is required`);
  }
  return merged;
}
