import { Check, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Company } from '../sales/company.entity';

/** A catalog product (seed 000): what orders sell and stock counts. */
@record('products', { description: 'Catalog products; stock changes only through inventory adjustments.' })
@Check('ck_products__stock_quantity', 'stock_quantity >= 0')
@Index('ix_products__low_stock', ['organizationId', 'stockQuantity'], { where: 'stock_quantity <= low_stock_threshold AND deleted_at IS NULL' })
export class Product extends TenantEntity {
  @field.text({ max: 200, min: 1, filter: true, sort: true }) name: string;
  @field.text({ max: 5000, nullable: true }) description: string | null;
  @field.text({ max: 64, nullable: true, unique: true, filter: true, sort: true, description: 'Stock keeping unit, unique in your organization.' }) sku: string | null;
  @field.decimal({ precision: 12, scale: 2, min: 0, default: 0, filter: true, sort: true }) price: string;
  @field.currency({ default: 'USD', filter: true }) currency: string;
  @field.decimal({ precision: 12, scale: 2, min: 0, nullable: true, description: 'Purchase cost, for margins.' }) cost: string | null;
  @field.int({ input: 'none', default: 0, filter: true, sort: true, description: 'Units in stock; changed by inventory adjustments only.' }) stockQuantity: number;
  @field.int({ min: 0, max: 1_000_000, default: 10 }) lowStockThreshold: number;
  @field.text({ max: 100, nullable: true, filter: true, sort: true }) category: string | null;
  @field.boolean({ default: true, filter: true }) isActive: boolean;
  @field.reference(() => Company, { nullable: true, as: 'supplier', inverse: 'suppliedProducts', description: 'The company it is bought from.' }) supplierId: string | null;
  @field.customFields() customFields: Record<string, unknown>;
}
