import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useCanEdit } from '../auth/Viewer';
import { graphql } from '../gql';
import type { OrderDetailFragment, OrderStatus, PaymentMethod } from '../gql/graphql';
import { formatMoney } from '../lib/format';
import { subDecimal, toCents } from '../lib/money';
import { enumLabel } from '../records/fields';
import { Button } from '../ui/Button';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toasts';
import { newIdempotencyKey, orderErrorMessage } from './orderErrors';

const ChangeOrderStatusDocument = graphql(`
  mutation ChangeOrderStatus($input: ChangeOrderStatusInput!) {
    changeOrderStatus(input: $input) { ...OrderDetail }
  }
`);

const RecordPaymentDocument = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) { ...OrderDetail }
  }
`);

const RefundPaymentDocument = graphql(`
  mutation RefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) { ...OrderDetail }
  }
`);

type Order = OrderDetailFragment;
type Payment = Order['payments']['nodes'][number];

const METHODS: PaymentMethod[] = ['CARD', 'CASH', 'BANK_TRANSFER', 'CHECK', 'DIGITAL_WALLET'] as PaymentMethod[];
const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/;
const ACTION_LABEL: Partial<Record<string, string>> = { CONFIRMED: 'Confirm', PROCESSING: 'Start processing', SHIPPED: 'Mark shipped', DELIVERED: 'Mark delivered', CANCELLED: 'Cancel order' };

/** The moves the server says the order's lifecycle allows from here, for roles the server lets change it. */
export function OrderStatusActions({ order }: { order: Order }) {
  const canEdit = useCanEdit() && order.viewerCan.changeOrderStatus;
  const toast = useToast();
  const [change, { loading }] = useMutation(ChangeOrderStatusDocument);
  const [confirmCancel, setConfirmCancel] = useState(false);
  if (!canEdit || !order.nextStatuses.length) return null;
  const move = async (status: OrderStatus) => {
    setConfirmCancel(false);
    try {
      await change({ variables: { input: { orderId: order.id, status, expectedVersion: order.version } } });
      toast.show({ kind: 'success', message: `Order #${order.orderNumber} is now ${enumLabel(status).toLowerCase()}.` });
    } catch (error) {
      toast.show({ kind: 'error', message: orderErrorMessage(error) });
    }
  };
  return (
    <div className="row-wrap" role="group" aria-label="Order status">
      {order.nextStatuses.map((s) => (s === 'CANCELLED'
        ? <Button key={s} variant="ghost" disabled={loading} onClick={() => setConfirmCancel(true)}>{ACTION_LABEL[s]}</Button>
        : <Button key={s} variant="primary" busy={loading} onClick={() => void move(s)}>{ACTION_LABEL[s] ?? enumLabel(s)}</Button>))}
      <ConfirmDialog open={confirmCancel} title={`Cancel order #${order.orderNumber}?`} confirmLabel="Cancel order" busy={loading} onCancel={() => setConfirmCancel(false)} onConfirm={() => void move('CANCELLED' as OrderStatus)}>
        <p>Its items go back into stock{order.amountPaid !== '0.00' ? `, and the ${formatMoney(order.amountPaid, order.currency)} paid is refunded` : ''}. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}

/** An amount dialog: the default is filled in, at most `max`, sent with one key per opening. */
function AmountDialog({ open, title, max, currency, submitLabel, withMethod, onClose, onSubmit }: {
  open: boolean; title: string; max: string; currency: string; submitLabel: string; withMethod?: boolean; onClose(): void;
  onSubmit(amount: string, method: PaymentMethod, key: string): Promise<string | null>;
}) {
  const [amount, setAmount] = useState(max);
  const [method, setMethod] = useState<PaymentMethod>(METHODS[0]!);
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = `amount-${key}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = amount.trim().replace(/[ ,]/g, '');
    if (!AMOUNT.test(value) || toCents(value) <= 0n) return setError('Enter an amount like 120 or 99.50.');
    if (toCents(value) > toCents(max)) return setError(`At most ${formatMoney(max, currency)}.`);
    setBusy(true);
    setError(null);
    const failed = await onSubmit(value, method, key);
    setBusy(false);
    if (failed) setError(failed);
    else setKey(newIdempotencyKey());
  };
  return (
    <Dialog open={open} onClose={onClose} title={title}
      footer={<><Button onClick={onClose}>Cancel</Button><Button type="submit" form={formId} variant="primary" busy={busy}>{submitLabel}</Button></>}>
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={`Amount (${currency})`} hint={`At most ${formatMoney(max, currency)}`} error={error ?? undefined}>
          <input className="input" name="amount" inputMode="decimal" autoFocus value={amount} onChange={(e) => setAmount(e.target.value)} />
        </Field>
        {withMethod && (
          <Field label="Method">
            <select className="select" name="method" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
              {METHODS.map((m) => <option key={m} value={m}>{enumLabel(m)}</option>)}
            </select>
          </Field>
        )}
      </form>
    </Dialog>
  );
}

/** "Record payment" on the payments panel: the amount defaults to the balance due. */
export function RecordPaymentButton({ record: order }: { record: Order }) {
  const canEdit = useCanEdit() && order.viewerCan.recordPayment;
  const [open, setOpen] = useState(false);
  const [record] = useMutation(RecordPaymentDocument);
  const toast = useToast();
  if (!canEdit || toCents(order.balanceDue) <= 0n) return null;
  return (
    <>
      <Button size="sm" icon="plus" onClick={() => setOpen(true)}>Record payment</Button>
      {open && (
        <AmountDialog open title={`Payment for order #${order.orderNumber}`} max={order.balanceDue} currency={order.currency} submitLabel="Record payment" withMethod
          onClose={() => setOpen(false)}
          onSubmit={async (amount, paymentMethod, idempotencyKey) => {
            try {
              const { data } = await record({ variables: { input: { orderId: order.id, amount, paymentMethod, idempotencyKey } } });
              setOpen(false);
              toast.show({ kind: 'success', message: data?.recordPayment.paidAt ? `Order #${order.orderNumber} is paid in full.` : `${formatMoney(amount, order.currency)} recorded.` });
              return null;
            } catch (error) {
              return orderErrorMessage(error);
            }
          }} />
      )}
    </>
  );
}

/** "Refund" on a payment row: at most what is left of that payment. */
export function RefundButton({ order, payment }: { order: Order; payment: Payment }) {
  const canEdit = useCanEdit() && order.viewerCan.refundPayment;
  const [open, setOpen] = useState(false);
  const [refund] = useMutation(RefundPaymentDocument);
  const toast = useToast();
  const left = subDecimal(payment.amount, payment.refundedAmount);
  if (!canEdit || payment.status !== 'COMPLETED' || toCents(left) <= 0n) return null;
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`Refund ${formatMoney(payment.amount, payment.currency)} ${enumLabel(payment.paymentMethod).toLowerCase()} payment`}>Refund</Button>
      {open && (
        <AmountDialog open title="Refund payment" max={left} currency={payment.currency} submitLabel="Refund" onClose={() => setOpen(false)}
          onSubmit={async (amount, _method, idempotencyKey) => {
            try {
              await refund({ variables: { input: { paymentId: payment.id, amount, idempotencyKey } } });
              setOpen(false);
              toast.show({ kind: 'success', message: `${formatMoney(amount, payment.currency)} refunded.` });
              return null;
            } catch (error) {
              return orderErrorMessage(error);
            }
          }} />
      )}
    </>
  );
}
