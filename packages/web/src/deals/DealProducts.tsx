import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useCanEdit } from '../auth/Viewer';
import { graphql } from '../gql';
import type { DealProductsFragment } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { formatMoney } from '../lib/format';
import { addDecimal, fromCents, toCents } from '../lib/money';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { Picker, type PickerOption } from '../ui/Picker';
import { useToast } from '../ui/Toasts';

export const DealProductsFragmentDoc = graphql(`
  fragment DealProducts on Deal {
    id version value currency
    viewerCan { setDealLineItems }
    lineItems(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice discountAmount lineTotal product { id name sku } } }
  }
`);

const SetDealLineItemsDocument = graphql(`
  mutation SetDealLineItems($input: SetDealLineItemsInput!) {
    setDealLineItems(input: $input) { ...DealProducts weightedValue updatedAt }
  }
`);

const DealProductPickerDocument = graphql(`
  query DealProductPicker($where: ProductWhere!) {
    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency } }
  }
`);

interface Line { productId: string; name: string; quantity: string; unitPrice: string; discount: string }
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
/** quantity × unit price − discount, in cents, as the server computes it. */
const lineTotal = (l: Line) => fromCents(toCents(l.unitPrice) * BigInt(/^\d+$/.test(l.quantity) ? l.quantity : '0') - toCents(l.discount));

/** A deal's products: quantity × unit price per line, and the deal's value their sum (the server keeps it so). */
export function DealProducts({ deal, onConflict }: { deal: DealProductsFragment; onConflict(): void }) {
  const canEdit = useCanEdit() && deal.viewerCan.setDealLineItems;
  const toast = useToast();
  const [save, { loading }] = useMutation(SetDealLineItemsDocument);
  const [editing, setEditing] = useState<Line[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seen = useRef(new Map<string, PickerOption & { price: string; currency: string }>());
  const useOptions = useCallback(function useDealProductOptions(search: string | null) {
    const { data, previousData } = useQuery(DealProductPickerDocument, search ? { variables: { where: { name: { contains: search }, isActive: { eq: true } } } } : skipToken);
    const options = ((data ?? previousData)?.products.nodes ?? []).map((p) => ({ id: p.id, name: p.name, price: p.price, currency: p.currency, detail: `${formatMoney(p.price, p.currency)}${p.sku ? ` · ${p.sku}` : ''}` }));
    for (const o of options) seen.current.set(o.id, o);
    return options;
  }, []);

  const lines = deal.lineItems.nodes;
  const start = () => { setError(null); setEditing(lines.map((l) => ({ productId: l.product?.id ?? '', name: l.product?.name ?? '—', quantity: String(l.quantity), unitPrice: l.unitPrice, discount: l.discountAmount }))); };
  const set = (productId: string, patch: Partial<Line>) => setEditing((ls) => ls && ls.map((l) => (l.productId === productId ? { ...l, ...patch } : l)));
  const add = (picked: { id: string } | null) => {
    const p = picked && seen.current.get(picked.id);
    if (!p || !editing) return;
    if (editing.some((l) => l.productId === p.id)) return set(p.id, { quantity: String(Number(editing.find((l) => l.productId === p.id)!.quantity || '0') + 1) });
    // A product priced in another currency has no price here: the rep types one in the deal's currency.
    setEditing([...editing, { productId: p.id, name: p.name, quantity: '1', unitPrice: p.currency === deal.currency ? p.price : '', discount: '0.00' }]);
  };
  const submit = async () => {
    if (!editing) return;
    const bad = editing.find((l) => !/^\d+$/.test(l.quantity) || Number(l.quantity) < 1 || !AMOUNT.test(l.unitPrice.trim()) || !AMOUNT.test(l.discount.trim() || '0'));
    if (bad) return setError(`${bad.name}: a whole quantity of at least 1, and a unit price and discount like 120 or 99.50 (in ${deal.currency}).`);
    const over = editing.find((l) => toCents(lineTotal(l)) < 0n);
    if (over) return setError(`${over.name}: the discount cannot exceed quantity × unit price.`);
    try {
      await save({ variables: { input: { dealId: deal.id, expectedVersion: deal.version, items: editing.map((l) => ({ productId: l.productId, quantity: Number(l.quantity), unitPrice: l.unitPrice.trim(), discountAmount: l.discount.trim() || '0' })) } } });
      setEditing(null);
      toast.show({ kind: 'success', message: 'Products saved; the deal’s value is their sum.' });
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === 'CONFLICT') { onConflict(); setError('Someone changed this deal meanwhile; it now shows their version. Check the products and save again.'); }
      else setError(Object.values(info.fields)[0] ?? info.message);
    }
  };
  const draftTotal = editing?.reduce((sum, l) => addDecimal(sum, lineTotal(l)), '0.00');

  return (
    <section className="panel" aria-labelledby="deal-products" style={{ minWidth: 0 }}>
      <div className="panel-header">
        <h2 id="deal-products">Products</h2><span className="muted">{deal.lineItems.totalCount}</span>
        <span className="spacer" />
        {canEdit && !editing && <Button size="sm" icon={lines.length ? 'edit' : 'plus'} onClick={start}>{lines.length ? 'Edit products' : 'Add products'}</Button>}
      </div>
      {editing ? (
        <div className="panel-body stack">
          <Picker aria-label="Add a product" value={null} onChange={add} useOptions={useOptions} placeholder="Search the catalog to add a product" />
          {editing.length > 0 && (
            <div className="table-wrap">
              <table className="table table-compact" aria-label="Deal products (editing)">
                <thead><tr><th scope="col">Product</th><th scope="col" className="num">Qty</th><th scope="col" className="num" style={{ whiteSpace: 'normal' }}>Price, discount</th><th scope="col" className="num hide-sm">Line total</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
                <tbody>
                  {editing.map((l) => (
                    <tr key={l.productId}>
                      <td className="wrap">{l.name}</td>
                      <td className="num"><input className="input" style={{ width: 46, textAlign: 'right' }} inputMode="numeric" aria-label={`Quantity of ${l.name}`} value={l.quantity} onChange={(e) => set(l.productId, { quantity: e.target.value })} /></td>
                      <td className="num">
                        {/* Stacked so the line fits a phone: price above, discount below. */}
                        <div className="stack-sm" style={{ alignItems: 'flex-end' }}>
                          <input className="input" style={{ width: 72, textAlign: 'right' }} inputMode="decimal" aria-label={`Unit price of ${l.name} (${deal.currency})`} value={l.unitPrice} onChange={(e) => set(l.productId, { unitPrice: e.target.value })} />
                          <input className="input" style={{ width: 72, textAlign: 'right' }} inputMode="decimal" aria-label={`Discount on ${l.name} (${deal.currency})`} value={l.discount} onChange={(e) => set(l.productId, { discount: e.target.value })} />
                        </div>
                      </td>
                      <td className="num hide-sm">{formatMoney(lineTotal(l), deal.currency)}</td>
                      <td><Button size="sm" variant="ghost" aria-label={`Remove ${l.name}`} onClick={() => setEditing(editing.filter((x) => x.productId !== l.productId))}><Icon name="trash" /></Button></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="row-wrap">
            <span>New value: <strong>{formatMoney(draftTotal ?? '0', deal.currency)}</strong></span>
            <span className="spacer" />
            <Button onClick={() => setEditing(null)}>Cancel</Button>
            <Button variant="primary" busy={loading} onClick={() => void submit()}>Save products</Button>
          </div>
          {!editing.length && lines.length > 0 && <p className="muted" style={{ fontSize: 12 }}>Saving with no products removes them all; the value then stays as it is and can be edited again.</p>}
          {error && <p className="form-error" role="alert">{error}</p>}
        </div>
      ) : lines.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table className="table" aria-label="Deal products">
            <thead><tr><th scope="col">Product</th><th scope="col" className="num">Qty</th><th scope="col" className="num hide-sm">Unit price</th><th scope="col" className="num hide-sm">Discount</th><th scope="col" className="num">Line total</th></tr></thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <td className="wrap">{l.product ? <Link to={`/catalog/${l.product.id}`}>{l.product.name}</Link> : '—'}</td>
                  <td className="num">{l.quantity}</td>
                  <td className="num hide-sm">{formatMoney(l.unitPrice, deal.currency)}</td>
                  <td className="num hide-sm">{l.discountAmount === '0.00' ? '—' : `−${formatMoney(l.discountAmount, deal.currency)}`}</td>
                  <td className="num">{formatMoney(l.lineTotal, deal.currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot><tr><th scope="row" colSpan={2}>Deal value</th><td className="hide-sm" /><td className="hide-sm" /><td className="num"><strong data-testid="deal-products-total">{formatMoney(deal.value ?? '0', deal.currency)}</strong></td></tr></tfoot>
          </table>
        </div>
      ) : (
        <p className="panel-body muted">No products on this deal.{canEdit ? ' Add some and its value becomes their sum.' : ''}</p>
      )}
    </section>
  );
}
