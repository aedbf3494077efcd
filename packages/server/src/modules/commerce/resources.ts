import { defineArea } from '../../platform/auth/policy';
import { Role } from '../../platform/auth/roles';
import { defineResource } from '../../platform/resource/definition';
import { Product } from './product.entity';

// Seed 000: managers run operations (catalog, stock); members and viewers read.
defineArea('catalog', { read: Role.VIEWER, write: Role.MANAGER });

export const ProductResource = defineResource({
  entity: Product,
  name: 'Product',
  plural: 'products',
  area: 'catalog',
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});
