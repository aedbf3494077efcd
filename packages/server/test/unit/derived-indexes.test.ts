import { derivedIndexes, type FieldSpec } from '../../src/platform/resource/fields';

/** The indexes a declaration implies (fields.ts): unique options, and the lookup index a unique one does or does not serve. */
const spec = (property: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
  ({ property, column: property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), graphqlType: () => String, validators: [], ...extra });

it('unique: true is one index on (organization_id, column) that also serves the filter', () => {
  expect(derivedIndexes('products', [spec('sku', { unique: true, filter: true })])).toEqual([
    ['uq_products__sku', ['organizationId', 'sku'], { unique: true }],
  ]);
});

it('unique with other properties leads with them, among live rows only when asked, and keeps the field its own lookup index', () => {
  const fields = [spec('ideaId', { index: false }), spec('featureId', { filter: true, unique: { with: ['ideaId'], live: true } })];
  expect(derivedIndexes('idea_features', fields)).toEqual([
    ['uq_idea_features__feature_id', ['organizationId', 'ideaId', 'featureId'], { unique: true, where: 'deleted_at IS NULL' }],
    ['ix_idea_features__feature_id', ['organizationId', 'featureId'], {}],
  ]);
});

it('unique with an undeclared property is refused when the entity is declared, naming it', () => {
  expect(() => derivedIndexes('releases', [spec('versionNumber', { unique: { with: ['roadmap'] } })])).toThrow('releases.versionNumber: unique with roadmap, which is not a declared field');
});
