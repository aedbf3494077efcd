import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiClient } from './harness';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
  at: number;
}

/** What the receiver answers to the nth request (1-based): a status, or a promise of one (to hold the answer). */
export type Responder = (n: number, request: Received) => number | Promise<number> | { status: number; headers: Record<string, string> };

/** A real HTTP receiver on 127.0.0.1 that records every POST and answers as told. */
export async function startReceiver(respond: Responder = () => 200): Promise<{ url: string; received: Received[]; respond: Responder; setResponder(r: Responder): void; close(): Promise<void> }> {
  const state = { respond, received: [] as Received[] };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try { json = JSON.parse(body); } catch { /* recorded as is */ }
      const request: Received = { headers: req.headers, body, json, at: Date.now() };
      state.received.push(request);
      const answer = await state.respond(state.received.length, request);
      if (typeof answer === 'object') res.writeHead(answer.status, answer.headers).end();
      else res.writeHead(answer, { 'content-type': 'text/plain' }).end('x'.repeat(answer === 200 ? 10 : 100_000));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    get received() { return state.received; },
    get respond() { return state.respond; },
    setResponder(r: Responder) { state.respond = r; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Runs `use` with a fresh receiver, closed afterwards however `use` ends. */
export async function withReceiver<T>(respond: Responder | undefined, use: (receiver: Receiver) => Promise<T>): Promise<T> {
  const receiver = await startReceiver(respond);
  try {
    return await use(receiver);
  } finally {
    await receiver.close();
  }
}

/** How a receiver checks a delivery (the README's snippet): HMAC-SHA256 of "<t>.<body>", and t within 5 minutes. */
export function receiverVerifies(secret: string, body: string, header: string | undefined, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  if (Math.abs(nowSeconds - Number(match[1])) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
}

/** Polls until `check` holds (no timed assertion: only a generous ceiling against hanging). */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A subscription and one delivery (a ping) in the tenant, for suites that read every resource. A public address literal needs no DNS. */
export async function webhookRows(owner: ApiClient): Promise<{ subscriptionId: string; deliveryId: string }> {
  const { createWebhookSubscription } = await owner.ok(`mutation { createWebhookSubscription(input: { url: "https://93.184.215.14/hook", eventTypes: "webhook.ping" }) { subscription { id } } }`);
  const subscriptionId = createWebhookSubscription.subscription.id as string;
  const { testWebhook } = await owner.ok(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: subscriptionId });
  return { subscriptionId, deliveryId: testWebhook.id };
}
