import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import { formatDateTime, formatRelative } from '../lib/format';
import { enumLabel } from '../records/fields';
import { Button } from '../ui/Button';
import { ErrorState, LoadingBlock } from '../ui/states';
import { CopyField } from './CopyField';
import { SettingsPanel } from './SettingsLayout';
import { SimpleForm } from './SimpleForm';
import { useAction } from './useAction';

const WebhooksDocument = graphql(`
  query SettingsWebhooks {
    webhookSubscriptions(first: 100) { nodes { id url eventTypes description active secretHint createdAt } }
    webhookDeliveries(first: 50) { nodes { id eventType status responseCode attempts nextTryAt lastError deliveredAt createdAt subscription { id url } } }
  }
`);
const CreateWebhookDocument = graphql(`
  mutation SettingsCreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id url } } }
`);
const UpdateWebhookDocument = graphql(`
  mutation SettingsUpdateWebhook($input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(input: $input) { id active } }
`);
const RotateWebhookDocument = graphql(`mutation SettingsRotateWebhook($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { id url secretHint } } }`);
const TestWebhookDocument = graphql(`mutation SettingsTestWebhook($id: ID!) { testWebhook(id: $id) { id } }`);
const DeleteWebhookDocument = graphql(`mutation SettingsDeleteWebhook($id: ID!) { deleteWebhookSubscription(id: $id) { id } }`);
const RedeliverWebhookDocument = graphql(`mutation SettingsRedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status } }`);

const STATUS_BADGE: Record<string, string> = { DELIVERED: 'badge-success', FAILED: 'badge-danger', RETRYING: 'badge-warning', PENDING: '' };
const refetchQueries = ['SettingsWebhooks'];

/** Webhook subscriptions (URL, event types, a secret shown once) and the delivery log, for owners and admins. */
export default function WebhooksSettings() {
  const { data, error, refetch } = useQuery(WebhooksDocument, { pollInterval: 5000 });
  const [create] = useMutation(CreateWebhookDocument, { refetchQueries });
  const [update] = useMutation(UpdateWebhookDocument, { refetchQueries });
  const [rotate] = useMutation(RotateWebhookDocument);
  const [test] = useMutation(TestWebhookDocument, { refetchQueries });
  const [remove] = useMutation(DeleteWebhookDocument, { refetchQueries });
  const [redeliver] = useMutation(RedeliverWebhookDocument, { refetchQueries });
  const act = useAction();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={4} label="Loading webhooks" />;
  return (
    <>
      <SettingsPanel id="new-webhook-heading" title="New webhook" description="Events are POSTed as signed JSON (X-Webhook-Signature). The signing secret is shown once; store it safely.">
        <div className="panel-body stack">
          <SimpleForm submitLabel="Add webhook" fields={[
            { name: 'url', label: 'URL', required: true, placeholder: 'https://example.com/hooks/crm' },
            { name: 'eventTypes', label: 'Event types', required: true, defaultValue: 'deal.won,deal.lost', hint: 'Comma-separated: deal.won, deal.*, order.paid, * for all' },
            { name: 'description', label: 'Description' },
          ]} onSubmit={async (v) => {
            const { data: made } = await create({ variables: { input: { url: v.url!, eventTypes: v.eventTypes!, description: v.description || null } } });
            if (made) setSecret({ url: made.createWebhookSubscription.subscription.url, secret: made.createWebhookSubscription.secret });
          }} />
          {secret && <CopyField label={`Signing secret for ${secret.url}: copy it now, it is not shown again`} value={secret.secret} />}
        </div>
      </SettingsPanel>
      <SettingsPanel id="webhooks-heading" title="Webhooks">
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Webhook subscriptions</caption>
            <thead><tr><th scope="col">URL</th><th scope="col">Events</th><th scope="col" className="hide-sm">Secret</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.webhookSubscriptions.nodes.map((s) => (
                <tr key={s.id}>
                  <td className="mono">{s.url}{s.description && <div className="muted">{s.description}</div>}</td>
                  <td className="mono">{s.eventTypes}</td>
                  <td className="hide-sm mono">{s.secretHint}…</td>
                  <td>{s.active ? 'Active' : 'Paused'}</td>
                  <td className="row" style={{ gap: 4 }}>
                    <Button size="sm" variant="ghost" onClick={() => void act(() => test({ variables: { id: s.id } }), 'Ping sent: see the delivery log.')}>Send test</Button>
                    <Button size="sm" variant="ghost" onClick={() => void act(() => update({ variables: { input: { id: s.id, active: !s.active } } }), s.active ? 'Webhook paused.' : 'Webhook active.')}>{s.active ? 'Pause' : 'Resume'}</Button>
                    <Button size="sm" variant="ghost" onClick={() => void act(async () => {
                      const { data: rotated } = await rotate({ variables: { id: s.id } });
                      if (rotated) setSecret({ url: rotated.rotateWebhookSecret.subscription.url, secret: rotated.rotateWebhookSecret.secret });
                    }, 'New secret made: the old one no longer verifies.')}>Rotate secret</Button>
                    <Button size="sm" variant="ghost" onClick={() => void act(() => remove({ variables: { id: s.id } }), 'Webhook deleted.')}>Delete</Button>
                  </td>
                </tr>
              ))}
              {!data.webhookSubscriptions.nodes.length && <tr><td colSpan={5} className="muted">No webhooks yet.</td></tr>}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
      <SettingsPanel id="deliveries-heading" title="Delivery log" description="The latest 50 deliveries; failed ones are retried with growing waits.">
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Webhook deliveries</caption>
            <thead><tr><th scope="col">Event</th><th scope="col">Status</th><th scope="col">Code</th><th scope="col">Attempts</th><th scope="col" className="hide-sm">Next try / delivered</th><th scope="col" className="hide-sm">Last error</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.webhookDeliveries.nodes.map((d) => (
                <tr key={d.id} data-testid="webhook-delivery">
                  <td className="mono" title={d.subscription?.url}>{d.eventType}<div className="muted">{formatRelative(d.createdAt)}</div></td>
                  <td><span className={`badge ${STATUS_BADGE[d.status] ?? ''}`}>{enumLabel(d.status)}</span></td>
                  <td>{d.responseCode ?? '—'}</td>
                  <td>{d.attempts}</td>
                  <td className="hide-sm">{d.deliveredAt ? formatDateTime(d.deliveredAt) : d.nextTryAt ? formatDateTime(d.nextTryAt) : '—'}</td>
                  <td className="hide-sm muted">{d.lastError ?? ''}</td>
                  <td><Button size="sm" variant="ghost" onClick={() => void act(() => redeliver({ variables: { id: d.id } }), 'Sent again.')}>Redeliver</Button></td>
                </tr>
              ))}
              {!data.webhookDeliveries.nodes.length && <tr><td colSpan={7} className="muted">Nothing delivered yet.</td></tr>}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
    </>
  );
}
