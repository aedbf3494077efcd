import { ApolloClient, ApolloLink, gql } from '@apollo/client';
import { Observable } from 'rxjs';
import { SessionStore } from '../auth/session';
import { createCache } from './cache';
import { authLink } from './links';

const QUERY = gql`query Ping { me { user { id } } }`;
const ok = { data: { me: { __typename: 'Viewer', user: { __typename: 'User', id: 'u1' } } } };
const unauthenticated = { errors: [{ message: 'Your session has expired', extensions: { code: 'UNAUTHENTICATED' } }] };

function payload(token: string, refreshToken: string, inSeconds = 900) {
  return { accessToken: token, accessTokenExpiresAt: new Date(Date.now() + inSeconds * 1000).toISOString(), refreshToken, userId: 'u1', organizationId: 'org1' };
}

function setup(refreshAnswer: () => Response | Promise<Response>, serverAnswer: (token: string | undefined) => object) {
  localStorage.clear();
  sessionStorage.clear();
  const refreshCalls: string[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    refreshCalls.push(JSON.parse(String(init.body)).variables.refreshToken);
    return refreshAnswer();
  }) as unknown as typeof fetch;
  const store = new SessionStore('/graphql', fetchImpl);
  const seen: { authorization?: string; org?: string }[] = [];
  const terminal = new ApolloLink((operation) => new Observable((observer) => {
    const headers = (operation.getContext() as { headers?: Record<string, string> }).headers ?? {};
    seen.push({ authorization: headers.authorization, org: headers['x-organization-id'] });
    observer.next(serverAnswer(headers.authorization) as ApolloLink.Result);
    observer.complete();
  }));
  const client = new ApolloClient({ cache: createCache(), link: ApolloLink.from([authLink(store), terminal]) });
  return { store, client, seen, refreshCalls };
}

const json = (body: object, status = 200) => ({ status, ok: status < 300, json: async () => body }) as unknown as Response;

describe('session handling in the link chain', () => {
  it('sends the bearer token and the organization', async () => {
    const { store, client, seen } = setup(() => json({}), () => ok);
    store.start(payload('t1', 'r1'));
    await client.query({ query: QUERY });
    expect(seen).toEqual([{ authorization: 'Bearer t1', org: 'org1' }]);
  });

  it('renews an access token about to lapse before sending', async () => {
    const { store, client, seen, refreshCalls } = setup(() => json({ data: { refreshSession: payload('t2', 'r2') } }), () => ok);
    store.start(payload('t1', 'r1', 20));
    await client.query({ query: QUERY });
    expect(refreshCalls).toEqual(['r1']);
    expect(seen[0]!.authorization).toBe('Bearer t2');
    expect(store.get()!.refreshToken).toBe('r2');
  });

  it('refreshes once and retries a request refused as UNAUTHENTICATED', async () => {
    const { store, client, seen, refreshCalls } = setup(
      () => json({ data: { refreshSession: payload('t2', 'r2') } }),
      (authorization) => (authorization === 'Bearer t2' ? ok : unauthenticated),
    );
    store.start(payload('t1', 'r1'));
    const result = await client.query({ query: QUERY });
    expect(result.data).toEqual(ok.data);
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(refreshCalls).toEqual(['r1']);
  });

  it('ends the session as expired when the refresh token is refused (the app then shows the sign-in page)', async () => {
    const { store, client } = setup(() => json({ errors: [{ message: 'Refresh token is invalid', extensions: { code: 'UNAUTHENTICATED' } }] }, 401), () => unauthenticated);
    store.start(payload('t1', 'r1'));
    await expect(client.query({ query: QUERY })).rejects.toThrow('Your session has expired');
    expect(store.get()).toBeNull();
    expect(store.lastEndReason).toBe('expired');
    expect(localStorage.getItem('crm.session.v1')).toBeNull();
  });

  it('keeps the session when the refresh fails only because the network is down', async () => {
    const { store, client } = setup(() => Promise.reject(new TypeError('Failed to fetch')), () => unauthenticated);
    store.start(payload('t1', 'r1'));
    await expect(client.query({ query: QUERY })).rejects.toThrow();
    expect(store.get()?.refreshToken).toBe('r1');
  });

  it('runs one refresh for concurrent requests and adopts tokens another tab already renewed', async () => {
    let answer!: (r: Response) => void;
    const { store, refreshCalls } = setup(() => new Promise<Response>((resolve) => { answer = resolve; }), () => ok);
    store.start(payload('t1', 'r1', 10));
    const first = store.accessToken();
    const second = store.accessToken();
    await new Promise((r) => setTimeout(r, 0));
    answer(json({ data: { refreshSession: payload('t2', 'r2') } }));
    expect(await first).toBe('t2');
    expect(await second).toBe('t2');
    expect(refreshCalls).toEqual(['r1']);

    // Another tab rotated the tokens (they are shared through localStorage): no second refresh.
    localStorage.setItem('crm.session.v1', JSON.stringify({ ...store.get(), accessToken: 't3', refreshToken: 'r3', accessTokenExpiresAt: Date.now() + 900_000 }));
    expect((await store.refresh())?.accessToken).toBe('t3');
    expect(refreshCalls).toEqual(['r1']);
  });
});
