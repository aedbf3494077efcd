import { ArgsType, Field, ID } from 'type-graphql';
import { defineArea } from '../../platform/auth/policy';
import { Role } from '../../platform/auth/roles';
import type { TenantContext } from '../../platform/context';
import { BULK_MAX_ROWS, ingestRows } from '../../platform/resource/bulk';
import { defineAction } from '../../platform/resource/actions';
import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { sealCredentials } from './credentials';
import { CustomMetric } from './custom-metric.entity';
import { Financial } from './financial.entity';
import { Integration } from './integration.entity';
import { LeadEvent } from './lead-event.entity';

// Seed 004: figures come from integrations and analysts; managers and up write them, everyone reads.
defineArea('analytics', { read: Role.VIEWER, write: Role.MANAGER });

/** The natural key each ingestion upserts on; the last field is the one a duplicate row is reported on. */
export const NATURAL_KEYS = {
  Financial: ['companyId', 'sourceSystem', 'recordDate'],
  LeadEvent: ['sourceSystem', 'externalId'],
  CustomMetric: ['companyId', 'metricName', 'recordedAt'],
} as const;

/** CSV imports upsert on the natural key too, in ingestion-sized batches; the import itself rolls back on any bad row. */
function upsertImport(name: keyof typeof NATURAL_KEYS) {
  return async (ctx: TenantContext, rows: Record<string, unknown>[]) => {
    let written = 0;
    const problems: { index: number; field: string; code: string; message: string }[] = [];
    for (let start = 0; start < rows.length; start += BULK_MAX_ROWS) {
      const outcome = await ingestRows(ctx, resources[name], rows.slice(start, start + BULK_MAX_ROWS), [...NATURAL_KEYS[name]], true);
      written += outcome.inserted.length + outcome.updated.length + outcome.unchanged;
      problems.push(...outcome.problems.map((p) => ({ ...p, index: p.index + start })));
    }
    return { written, problems };
  };
}

// Rows imported from CSV (POST /import/<plural>.csv) are upserted on the natural key like an ingestion batch.
export const FinancialResource = defineResource({ entity: Financial, area: 'analytics', defaultOrder: [{ field: 'recordDate', direction: 'DESC' }], importRows: upsertImport('Financial') });
export const CustomMetricResource = defineResource({ entity: CustomMetric, area: 'analytics', defaultOrder: [{ field: 'recordedAt', direction: 'DESC' }], importRows: upsertImport('CustomMetric') });
export const LeadEventResource = defineResource({ entity: LeadEvent, area: 'analytics', defaultOrder: [{ field: 'occurredAt', direction: 'DESC' }] });

const resources: Record<keyof typeof NATURAL_KEYS, ResourceDefinition> = { Financial: FinancialResource, CustomMetric: CustomMetricResource, LeadEvent: LeadEventResource };

// Connecting systems is an organization setting: admins write; nobody ever reads a credential back.
export const IntegrationResource = defineResource({
  entity: Integration,
  area: 'settings',
  defaultOrder: [{ field: 'provider', direction: 'ASC' }],
  hooks: {
    beforeCreate: (ctx, values) => sealCredentials(ctx, values),
    beforeUpdate: (ctx, existing, patch) => sealCredentials(ctx, patch, existing),
  },
});

@ArgsType()
class IntegrationIdArgs {
  @Field(() => ID) id: string;
}

/** Re-encrypts the credentials under the current key (any write does; this one changes nothing else). */
defineAction(IntegrationResource, {
  name: 'reencryptIntegrationCredentials',
  description: 'Re-encrypts the integration’s credentials with the current key (after a key rotation).',
  args: IntegrationIdArgs,
  auditAs: 'REENCRYPT',
  recordId: ({ id }) => id,
  change: () => ({}),
});
