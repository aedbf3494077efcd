import http from 'node:http';
import type { PoolClient } from 'pg';
import WebSocket from 'ws';
import { checkedOutAfterSettling, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Every request gives its pooled connection back, however it ends. Each shape is sent three times
 * the pool's size; then a normal query must answer at once and nothing may be checked out. Before
 * the fix, ten of several of these shapes stopped the whole service.
 */
const POOL = 3;
let t: TestPlatform;
let a: Tenant;
let apiKey: string;

beforeAll(async () => {
  t = await startTestPlatform({ dbPoolSize: POOL, dbAcquireTimeoutMs: 1000 });
  a = await t.createTenant('Leaks');
  ({ createApiKey: { key: apiKey } } = await a.owner.ok(`mutation { createApiKey(input: { name: "leaks", role: ADMIN }) { key } }`));
  // Enough rows that an export outgrows every socket buffer and has to wait for its reader.
  await t.sql(`INSERT INTO companies (organization_id, id, name, notes, owner_id) SELECT $1, gen_random_uuid(), 'Company ' || lpad(i::text, 6, '0'), repeat('padding ', 250), $2
    FROM generate_series(1, 10000) i`, [a.organizationId, a.userId]);
});
afterAll(() => t?.close());

const bearer = () => ({ authorization: `Bearer ${a.owner.token}` });

/** A normal query answers promptly and, once answered, nothing is left checked out. */
async function serviceIsHealthy(): Promise<void> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...bearer() },
    body: JSON.stringify({ query: '{ me { user { id } } }' }), signal: AbortSignal.timeout(5000),
  });
  const body = await response.json();
  expect({ status: response.status, me: body.data?.me?.user?.id, errors: body.errors }).toEqual({ status: 200, me: a.userId, errors: undefined });
  expect(await checkedOutAfterSettling(t.platform)).toEqual({ app: 0, owner: 0 });
}

interface Shape { name: string; method?: string; path?: string; headers?: Record<string, string>; body?: string }

const json = { 'content-type': 'application/json' };
const shapes: Shape[] = [
  { name: 'variables as a string', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }', variables: 'x' }) },
  { name: 'variables as an array', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }', variables: [1] }) },
  { name: 'operationName not a string', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }', operationName: 7 }) },
  { name: 'query a number', headers: json, body: JSON.stringify({ query: 42 }) },
  { name: 'query an object', headers: json, body: JSON.stringify({ query: { a: 1 } }) },
  { name: 'extensions a string', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }', extensions: 'x' }) },
  { name: 'extensions an array', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }', extensions: [] }) },
  { name: 'an empty object', headers: json, body: '{}' },
  { name: 'a JSON array (batching is off)', headers: json, body: JSON.stringify([{ query: '{ me { user { id } } }' }]) },
  { name: 'malformed JSON', headers: json, body: '{"query": ' },
  { name: 'PUT', method: 'PUT', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }' }) },
  { name: 'PATCH', method: 'PATCH', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }' }) },
  { name: 'DELETE', method: 'DELETE', headers: json },
  { name: 'OPTIONS with a JSON content type', method: 'OPTIONS', headers: json },
  { name: 'HEAD with a JSON content type', method: 'HEAD', headers: json },
  { name: 'GET with a duplicated query parameter', method: 'GET', path: '/graphql?query=%7Bme%7Bid%7D%7D&query=%7Bme%7Bid%7D%7D', headers: { 'apollo-require-preflight': '1' } },
  { name: 'GET with bad variables', method: 'GET', path: '/graphql?query=%7Bme%7Bid%7D%7D&variables=%7Bnope', headers: { 'apollo-require-preflight': '1' } },
  { name: 'GET with array variables', method: 'GET', path: '/graphql?query=%7Bme%7Bid%7D%7D&variables=%5B1%5D', headers: { 'apollo-require-preflight': '1' } },
  { name: 'GET with bad extensions', method: 'GET', path: '/graphql?query=%7Bme%7Bid%7D%7D&extensions=%7Bx', headers: { 'apollo-require-preflight': '1' } },
  { name: 'POST text/plain with a preflight header', headers: { 'content-type': 'text/plain', 'apollo-require-preflight': '1' }, body: '{ me { user { id } } }' },
  { name: 'a mutation that fails validation', headers: json, body: JSON.stringify({ query: 'mutation { createCompany(input: { name: "" }) { id } }' }) },
  { name: 'a query that exceeds the depth limit', headers: json, body: JSON.stringify({ query: `{ ${'__schema { types { fields { type { ofType { '.repeat(8)}name${' } } } } }'.repeat(8)} }` }) },
];

async function send(shape: Shape, credentials: Record<string, string>): Promise<number> {
  const response = await fetch(`${t.url}${shape.path ?? '/graphql'}`, {
    method: shape.method ?? 'POST', headers: { ...credentials, ...shape.headers }, body: shape.body, signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status;
}

describe.each([
  ['a bearer token', () => bearer()],
  ['an API key', () => ({ 'x-api-key': apiKey })],
])('requests Apollo refuses or answers early, with %s', (_label, credentials) => {
  it.each(shapes.map((s) => [s.name, s]))('%s', async (_name, shape) => {
    const statuses = await Promise.all(Array.from({ length: 3 * POOL }, () => send(shape as Shape, credentials())));
    for (const status of statuses) expect(status).toBeLessThan(500);
    await serviceIsHealthy();
  });
});

it('errors thrown while the context is built (unknown key, foreign organization, bad organization id)', async () => {
  const foreign = await t.createTenant('Leaks other');
  const attempts = Array.from({ length: 3 * POOL }, (_, i) => [
    send({ name: 'unknown key', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }' }) }, { 'x-api-key': `${apiKey.slice(0, -4)}${String(1000 + i).slice(-4)}` }),
    send({ name: 'not a member', headers: json, body: JSON.stringify({ query: '{ deals { totalCount } }' }) }, { ...bearer(), 'x-organization-id': foreign.organizationId }),
    send({ name: 'bad org id', headers: json, body: JSON.stringify({ query: '{ me { user { id } } }' }) }, { ...bearer(), 'x-organization-id': 'nope' }),
  ]).flat();
  for (const status of await Promise.all(attempts)) expect(status).toBeLessThan(500);
  await serviceIsHealthy();
});

/** Sends a request and cuts the socket before (or while) the answer comes. */
function abortedRequest(path: string, body: string | undefined, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const request = http.request(`${t.url}${path}`, { method: body ? 'POST' : 'GET', headers: { ...json, ...bearer() } });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    if (body) request.write(body);
    request.end();
    setTimeout(() => request.destroy(), afterMs);
  });
}

it('requests whose client goes away mid-flight, during reads and during writes', async () => {
  const read = JSON.stringify({ query: '{ companies(first: 200) { nodes { id name deals(first: 5) { nodes { id } } } } }' });
  const write = (i: number) => JSON.stringify({ query: `mutation { createCompany(input: { name: "Aborted ${i}" }) { id } }` });
  for (const afterMs of [0, 2, 10, 30]) {
    await Promise.all(Array.from({ length: 3 * POOL }, (_, i) => abortedRequest('/graphql', i % 2 ? read : write(i), afterMs)));
  }
  await serviceIsHealthy();
});

it('a mutation whose client leaves while it runs still completes, then gives its connection back', async () => {
  // The test holds the advisory lock the idempotent create takes, so the mutation is mid-transaction when the client leaves.
  const key = 'left-while-running-0001';
  const holder = await t.platform.ownerPool.connect();
  try {
    await holder.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [`${a.organizationId}:${key}`]);
    const body = JSON.stringify({ query: `mutation { createCompany(idempotencyKey: "${key}", input: { name: "Written after the client left" }) { id } }` });
    const gone = abortedRequest('/graphql', body, 300);
    await gone;
    await holder.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [`${a.organizationId}:${key}`]);
  } finally {
    holder.release();
  }
  for (let waited = 0; waited < 10_000; waited += 100) {
    if ((await t.sql(`SELECT count(*)::int AS count FROM companies WHERE name = 'Written after the client left'`))[0].count === 1) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect((await t.sql(`SELECT count(*)::int AS count FROM companies WHERE name = 'Written after the client left'`))[0].count).toBe(1);
  await serviceIsHealthy();
});

/** Starts an upload with a promised length, sends part of it, and goes away. */
function abortedUpload(path: string, contentType: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const request = http.request(`${t.url}${path}`, { method: 'POST', headers: { 'content-type': contentType, 'content-length': '1000000', ...bearer() } });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    request.write(contentType === 'text/csv' ? 'name\nPartial one\nPartial two\n' : '{"query": "{ me { user { id } } }", "variables": {');
    setTimeout(() => request.destroy(), afterMs);
  });
}

it('uploads the client abandons half-way (GraphQL bodies and CSV imports)', async () => {
  for (const afterMs of [0, 20, 100]) {
    await Promise.all(Array.from({ length: 3 * POOL }, (_, i) => (i % 2
      ? abortedUpload('/graphql', 'application/json', afterMs)
      : abortedUpload('/import/companies.csv', 'text/csv', afterMs))));
  }
  await serviceIsHealthy();
  expect((await t.sql(`SELECT count(*)::int AS count FROM companies WHERE name LIKE 'Partial%'`))[0].count).toBe(0);
});

describe('CSV export', () => {
  it('a client that aborts mid-stream', async () => {
    await Promise.all(Array.from({ length: 3 * POOL }, (_, i) => abortedRequest('/export/companies.csv', undefined, 20 + i * 10)));
    await serviceIsHealthy();
  });

  it('slow readers that stop reading hold no connection while they wait', async () => {
    const readers: http.ClientRequest[] = [];
    const started = await Promise.all(Array.from({ length: 3 * POOL }, () => new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.get(`${t.url}/export/companies.csv`, { headers: bearer() }, (response) => {
        response.pause(); // reads nothing more: the server's writes back up
        resolve(response);
      });
      request.on('error', reject);
      readers.push(request);
    })));
    for (const response of started) expect(response.statusCode).toBe(200);
    // Give the server time to fill the sockets and block on drain.
    await new Promise((r) => setTimeout(r, 500));
    await serviceIsHealthy();
    for (const request of readers) request.destroy();
    await serviceIsHealthy();
  });
});

describe('when the pool is exhausted', () => {
  it('requests get 503 SERVICE_UNAVAILABLE with Retry-After instead of hanging, /readyz answers within a second, and all recovers', async () => {
    const held: PoolClient[] = [];
    for (let i = 0; i < POOL; i++) held.push(await t.platform.appPool.connect());
    try {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST', headers: { ...json, ...bearer() }, body: JSON.stringify({ query: '{ deals { totalCount } }' }), signal: AbortSignal.timeout(8000),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      const started = Date.now();
      const ready = await fetch(`${t.url}/readyz`, { signal: AbortSignal.timeout(5000) });
      expect(ready.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      for (const client of held) client.release();
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    await serviceIsHealthy();
  });
});

/** A raw graphql-transport-ws socket, so each step (and each early close) is ours to choose. */
function socket(): Promise<{ ws: WebSocket; messages: any[]; next(type: string): Promise<any> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${t.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const messages: any[] = [];
    const waiters: [string, (m: any) => void][] = [];
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      messages.push(message);
      const i = waiters.findIndex(([type]) => type === message.type);
      if (i >= 0) waiters.splice(i, 1)[0][1](message);
    });
    ws.on('open', () => resolve({
      ws, messages,
      next: (type) => new Promise((r) => {
        const seen = messages.find((m) => m.type === type);
        if (seen) r(seen);
        else waiters.push([type, r]);
      }),
    }));
    ws.on('error', reject);
  });
}

const closed = (ws: WebSocket) => new Promise<void>((resolve) => (ws.readyState === WebSocket.CLOSED ? resolve() : ws.once('close', () => resolve())));

describe('WebSocket', () => {
  it('sockets closed during connection_init', async () => {
    await Promise.all(Array.from({ length: 3 * POOL }, async () => {
      const s = await socket();
      s.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${a.owner.token}` } }));
      s.ws.terminate();
    }));
    await serviceIsHealthy();
  });

  it('subscriptions closed at once, with variables that fail coercion, and queries refused over the socket', async () => {
    await Promise.all(Array.from({ length: 3 * POOL }, async (_, i) => {
      const s = await socket();
      s.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${a.owner.token}` } }));
      await s.next('connection_ack');
      s.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription($p: ID!) { dealEvents(pipelineId: $p) { dealId } }', variables: { p: i % 2 ? { bad: true } : a.pipelineId } } }));
      s.ws.send(JSON.stringify({ id: '2', type: 'subscribe', payload: { query: '{ deals(first: 50) { nodes { id company { name } } } }' } }));
      if (i % 3 === 0) s.ws.send(JSON.stringify({ id: '1', type: 'complete' }));
      s.ws.close();
      await closed(s.ws);
    }));
    await serviceIsHealthy();
  });

  it('a query sent over the socket is refused with a code (queries and mutations go over HTTP)', async () => {
    const s = await socket();
    s.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${a.owner.token}` } }));
    await s.next('connection_ack');
    s.ws.send(JSON.stringify({ id: 'q', type: 'subscribe', payload: { query: '{ me { user { id } } }' } }));
    const error = await s.next('error');
    expect(error.payload[0].extensions.code).toBe('BAD_REQUEST');
    s.ws.close();
    await closed(s.ws);
  });
});
