// The migrations, oldest first. scripts/generate-migration.js appends new ones here.
import { InitialSchema1795434456156 } from './1795434456156-InitialSchema';
import { TenantSecurityAndSearch1795434457156 } from './1795434457156-TenantSecurityAndSearch';
import { CustomFieldLabelIndex1795435432395 } from './1795435432395-CustomFieldLabelIndex';

export const MIGRATIONS = [
  InitialSchema1795434456156,
  TenantSecurityAndSearch1795434457156,
  CustomFieldLabelIndex1795435432395,
];
