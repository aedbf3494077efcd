import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { formatMoney } from '../lib/format';
import { addDecimal, fromCents, toCents } from '../lib/money';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { Picker, type PickerOption } from '../ui/Picker';
import { newIdempotencyKey, orderErrorMessage } from './orderErrors';

const OrderProductPickerDocument = graphql(`
  query OrderProductPicker($where: ProductWhere!) {
    products(first: 8, where: $where, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name sku price currency stockQuantity } }
  }
`);

const PlaceOrderDocument = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { ...OrderDetail }
  }
`);

interface Line { productId: string; name: string; price: string; currency: string; stock: number; quantity: string }
type ProductOption = PickerOption & { price: string; currency: string; stock: number };

/** quantity × unit price, exactly as the server prices an item (cents × whole units). */
const lineTotal = (l: Line) => fromCents(toCents(l.price) * BigInt(/^\d+$/.test(l.quantity) ? l.quantity : '0'));

/** Places an order for a contact: products from the catalog, a preview of the total, the server's totals after. */
export function NewOrderDialog({ customerId, customerName, onClose }: { customerId: string; customerName: string; onClose(): void }) {
  const navigate = useNavigate();
  const [lines, setLines] = useState<Line[]>([]);
  const [error, setError] = useState<string | null>(null);
  // One key per order being composed: a double click or a retry after a lost answer places it once.
  const [key] = useState(newIdempotencyKey);
  const [place, { loading }] = useMutation(PlaceOrderDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Contact', id: customerId }), fieldName: 'orders' });
    },
  });
  // The picker reports only id and name; the price and stock come from the options it showed.
  const seen = useRef(new Map<string, ProductOption>());
  const useOptions = useCallback(function useProductOptions(search: string | null): ProductOption[] {
    const { data, previousData } = useQuery(OrderProductPickerDocument, search ? { variables: { where: { name: { contains: search }, isActive: { eq: true } } } } : skipToken);
    const options = ((data ?? previousData)?.products.nodes ?? []).map((p) => ({
      id: p.id, name: p.name, price: p.price, currency: p.currency, stock: p.stockQuantity,
      detail: `${formatMoney(p.price, p.currency)} · ${p.stockQuantity} in stock${p.sku ? ` · ${p.sku}` : ''}`,
    }));
    for (const o of options) seen.current.set(o.id, o);
    return options;
  }, []);

  const add = (picked: { id: string; name: string } | null) => {
    const product = picked && seen.current.get(picked.id);
    if (!product) return;
    setError(null);
    setLines((ls) => (ls.some((l) => l.productId === product.id)
      ? ls.map((l) => (l.productId === product.id ? { ...l, quantity: String(Number(l.quantity || '0') + 1) } : l))
      : [...ls, { productId: product.id, name: product.name, price: product.price, currency: product.currency, stock: product.stock, quantity: '1' }]));
  };
  const currency = lines[0]?.currency;
  const mixed = lines.some((l) => l.currency !== currency);
  const badQuantity = lines.find((l) => !/^\d+$/.test(l.quantity) || Number(l.quantity) < 1 || Number(l.quantity) > 1_000_000);
  const subtotal = lines.reduce((sum, l) => addDecimal(sum, lineTotal(l)), '0.00');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!lines.length) return setError('Add at least one product.');
    if (badQuantity) return setError(`Enter a whole quantity of at least 1 for ${badQuantity.name}.`);
    if (mixed) return setError('Every product of an order must be priced in the same currency.');
    try {
      const { data } = await place({ variables: { input: { customerId, idempotencyKey: key, items: lines.map((l) => ({ productId: l.productId, quantity: Number(l.quantity) })) } } });
      if (data) navigate(`/orders/${data.placeOrder.id}`);
      onClose();
    } catch (e) {
      setError(orderErrorMessage(e, (id) => lines.find((l) => l.productId === id)?.name));
    }
  };
  const formId = `new-order-${key}`;
  return (
    <Dialog open onClose={onClose} title={`New order for ${customerName}`}
      footer={<><Button onClick={onClose}>Cancel</Button><Button type="submit" form={formId} variant="primary" busy={loading} disabled={!lines.length}>Place order</Button></>}>
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Add a product" hint="Type part of its name; prices come from the catalog.">
          <Picker value={null} onChange={add} useOptions={useOptions} placeholder="Search the catalog" />
        </Field>
        {lines.length > 0 && (
          <div className="table-wrap">
            <table className="table table-compact" aria-label="Order items">
              <thead><tr><th scope="col">Product</th><th scope="col" className="num">Qty</th><th scope="col" className="num hide-sm">Unit price</th><th scope="col" className="num">Total</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.productId}>
                    <td className="wrap">{l.name}<div className="muted" style={{ fontSize: 12 }}>{l.stock} in stock · {formatMoney(l.price, l.currency)} each</div></td>
                    <td className="num">
                      <input className="input" style={{ width: 56, textAlign: 'right' }} inputMode="numeric" aria-label={`Quantity of ${l.name}`} value={l.quantity}
                        onChange={(e) => { const quantity = e.target.value; setLines((ls) => ls.map((x) => (x.productId === l.productId ? { ...x, quantity } : x))); }} />
                    </td>
                    <td className="num hide-sm">{formatMoney(l.price, l.currency)}</td>
                    <td className="num">{formatMoney(lineTotal(l), l.currency)}</td>
                    <td><Button size="sm" variant="ghost" aria-label={`Remove ${l.name}`} onClick={() => setLines((ls) => ls.filter((x) => x.productId !== l.productId))}><Icon name="trash" /></Button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {lines.length > 0 && <p className="row-wrap" style={{ justifyContent: 'space-between' }}><span>Total before discount and tax</span><strong data-testid="order-preview-total">{currency && !mixed ? formatMoney(subtotal, currency) : '—'}</strong></p>}
        <p className="muted" style={{ fontSize: 12 }}>The server prices the order when it is placed; its page then shows the totals it computed.</p>
        {error && <p className="form-error" role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}
