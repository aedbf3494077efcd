import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ProductDetailQuery, ProductsQuery } from '../gql/graphql';
import { removeFromLists } from '../lib/cacheLists';
import { formatDateTime, formatMoney, formatNumber } from '../lib/format';
import { enumLabel, integerField, moneyField, shownField, textField } from '../records/fields';
import type { ListDecl, RecordDecl } from '../records/resource';

const ProductsDocument = graphql(`
  query Products($where: ProductWhere, $orderBy: [ProductOrderBy!], $first: Int, $after: String) {
    products(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name sku category price currency stockQuantity lowStockThreshold isActive }
    }
  }
`);

// The fields the page shows and an inline edit returns.
graphql(`
  fragment ProductFields on Product {
    id version name sku description category price currency cost stockQuantity lowStockThreshold isActive createdAt
  }
`);

const ProductDetailDocument = graphql(`
  query ProductDetail($id: ID!) {
    product(id: $id) {
      ...ProductFields
      inventoryAdjustments(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
        totalCount
        nodes { id reason previousQuantity adjustmentQuantity newQuantity notes createdAt }
      }
    }
  }
`);

const UpdateProductInlineDocument = graphql(`
  mutation UpdateProductInline($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {
    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ProductFields }
  }
`);

const DeleteProductDocument = graphql(`
  mutation DeleteProduct($id: ID!) {
    deleteProduct(id: $id) { id deletedAt }
  }
`);

type Row = ProductsQuery['products']['nodes'][number];
type Product = NonNullable<ProductDetailQuery['product']>;
type Adjustment = Product['inventoryAdjustments']['nodes'][number];

/** "12" in stock, marked when at or below the product's threshold. */
function stock(p: { stockQuantity: number; lowStockThreshold: number }) {
  return p.stockQuantity <= p.lowStockThreshold ? <span className="badge badge-danger">{formatNumber(p.stockQuantity)} · low</span> : formatNumber(p.stockQuantity);
}
const dash = (v: string | null | undefined) => v || <span className="muted">—</span>;

export const productList: ListDecl<ProductsQuery, Row> = {
  plural: 'products',
  title: 'Catalog',
  noun: { one: 'product', many: 'products' },
  document: ProductsDocument,
  connection: (data) => data.products,
  columns: [
    { key: 'name', label: 'Name', sort: 'NAME', exportAs: 'name', render: (p) => p.name },
    { key: 'sku', label: 'SKU', sort: 'SKU', exportAs: 'sku', hideSm: true, render: (p) => dash(p.sku) },
    { key: 'category', label: 'Category', sort: 'CATEGORY', exportAs: 'category', hideSm: true, render: (p) => dash(p.category) },
    { key: 'price', label: 'Price', sort: 'PRICE', exportAs: 'price,currency', num: true, render: (p) => formatMoney(p.price, p.currency) },
    { key: 'stock', label: 'In stock', sort: 'STOCK_QUANTITY', exportAs: 'stockQuantity', num: true, render: stock },
    { key: 'active', label: 'Active', exportAs: 'isActive', hideSm: true, render: (p) => (p.isActive ? 'Yes' : <span className="muted">No</span>) },
  ],
  filters: [
    { key: 'q', label: 'Search', kind: 'search', placeholder: 'Name…', where: (q) => ({ name: { contains: q } }) },
    { key: 'stock', label: 'Stock', kind: 'select', options: [{ value: 'low', label: 'Low stock' }, { value: 'ok', label: 'Enough' }], where: (v) => ({ lowStock: v === 'low' }) },
  ],
  defaultSort: { field: 'NAME', direction: 'ASC' },
  tieBreak: [{ field: 'NAME', direction: 'ASC' }],
  href: (p) => `/catalog/${p.id}`,
  rowLabel: (p) => p.name,
  emptyHint: 'Products are what orders sell; stock changes through inventory adjustments.',
};

export const productRecord: RecordDecl<ProductDetailQuery, Product> = {
  entityType: 'Product',
  listPath: '/catalog',
  listTitle: 'Catalog',
  document: ProductDetailDocument,
  record: (data) => data.product,
  title: (p) => p.name,
  subtitle: (p) => <span className="muted">{p.sku ?? 'No SKU'} · {stock(p)} in stock</span>,
  fields: [
    textField('name', 'Name', (p) => p.name, { required: true }),
    textField('sku', 'SKU', (p) => p.sku),
    moneyField('price', 'Price', (p) => p.price, (p) => p.currency),
    moneyField('cost', 'Cost', (p) => p.cost, (p) => p.currency),
    integerField('lowStockThreshold', 'Low-stock threshold', (p) => p.lowStockThreshold),
    shownField('stockQuantity', 'In stock', (p) => stock(p)),
    textField('category', 'Category', (p) => p.category),
    shownField('isActive', 'Active', (p) => (p.isActive ? 'Yes' : 'No')),
    textField('description', 'Description', (p) => p.description, { kind: 'textarea' }),
  ],
  related: [
    {
      key: 'stock', title: 'Stock changes', rows: (p) => p.inventoryAdjustments, empty: 'No stock received or sold yet',
      columns: [
        { key: 'when', label: 'When', render: (a: Adjustment) => formatDateTime(a.createdAt) },
        { key: 'reason', label: 'Reason', render: (a: Adjustment) => enumLabel(a.reason) },
        { key: 'change', label: 'Change', num: true, render: (a: Adjustment) => (a.adjustmentQuantity > 0 ? `+${a.adjustmentQuantity}` : String(a.adjustmentQuantity)) },
        { key: 'after', label: 'After', num: true, render: (a: Adjustment) => formatNumber(a.newQuantity) },
        { key: 'notes', label: 'Notes', hideSm: true, render: (a: Adjustment) => a.notes ?? '—' },
      ],
    },
  ],
  useUpdate() {
    const [update] = useMutation(UpdateProductInlineDocument);
    return (p, input) => update({ variables: { id: p.id, input, expectedVersion: p.version } });
  },
  useDelete() {
    const [remove] = useMutation(DeleteProductDocument);
    return (p) => remove({ variables: { id: p.id }, update: (cache) => removeFromLists(cache, 'products', 'Product', p.id) });
  },
  deleteNote: (p) => `${p.name} goes to the trash (an admin can restore it). Orders keep their items.`,
};
