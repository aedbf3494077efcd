import { createHash, randomBytes } from 'node:crypto';
import { composeToken, newSecret } from '../../src/platform/auth/tokens';
import { uuidv7 } from '../../src/platform/ids';
import { startPlatformOn, startTestPlatform, TEST_PASSWORD, type TestPlatform } from '../support/harness';

/**
 * Sign-in and credential throttling: per-account locks, per-address budgets, 429 before any key
 * lookup, and counters shared by every server process on the database (or Redis).
 */

const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken refreshToken } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
const WRONG = 'wrong-password-123';

interface Answer { status: number; retryAfter: string | null; code?: string; message?: string; retryAfterSeconds?: number; data: any }

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] };
  const error = body.errors?.[0];
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: error?.extensions?.code, message: error?.message, retryAfterSeconds: error?.extensions?.retryAfterSeconds, data: body.data };
}

const email = (tag: string) => `${tag}-${randomBytes(5).toString('hex')}@example.com`;
const logIn = (url: string, address: string, password: string) => post(url, LOG_IN, { email: address, password });
const signUp = (url: string, address = email('owner')) => post(url, SIGN_UP, { input: { email: address, password: TEST_PASSWORD, name: 'Owner', organizationName: 'Throttled' } });
const unknownApiKey = () => composeToken('crm', [uuidv7()], newSecret());
/** The store key of an account's failure counter (and lock), as src/platform/auth/throttle.ts derives it. */
const lockKey = (address: string) => `crm:signin:failures:${createHash('sha256').update(address.toLowerCase()).digest('hex')}`;

function expectRateLimited(answer: Answer, atMostSeconds: number) {
  expect(answer.code).toBe('RATE_LIMITED');
  expect(answer.status).toBe(429);
  expect(answer.data ?? null).toBeNull();
  expect(Number(answer.retryAfter)).toBe(answer.retryAfterSeconds);
  expect(answer.retryAfterSeconds).toBeGreaterThan(0);
  expect(answer.retryAfterSeconds).toBeLessThanOrEqual(atMostSeconds);
}

describe('per account', () => {
  let t: TestPlatform;
  beforeAll(async () => { t = await startTestPlatform({ loginMaxFailures: 5, loginLockSeconds: 60, loginLockMaxSeconds: 3600 }); });
  afterAll(() => t?.close());

  async function account(): Promise<string> {
    const address = email('member');
    expect((await signUp(t.url, address)).code).toBeUndefined();
    return address;
  }

  it('five wrong passwords lock the account: the right one is then refused with 429, Retry-After and RATE_LIMITED', async () => {
    const address = await account();
    for (let i = 0; i < 5; i++) expect((await logIn(t.url, address, WRONG)).code).toBe('UNAUTHENTICATED');
    const locked = await logIn(t.url, address, TEST_PASSWORD);
    expectRateLimited(locked, 60);
    expect(locked.retryAfterSeconds).toBeGreaterThan(30);
    // Still locked however often it is asked, and for any password.
    expectRateLimited(await logIn(t.url, address.toUpperCase(), TEST_PASSWORD), 60);
    expectRateLimited(await logIn(t.url, ` ${address} `, WRONG), 60);
  });

  it('concurrent guesses cannot outrun the budget: exactly five reach the password check', async () => {
    const address = await account();
    const answers = await Promise.all(Array.from({ length: 12 }, () => logIn(t.url, address, WRONG)));
    expect(answers.filter((a) => a.code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(answers.filter((a) => a.code === 'RATE_LIMITED')).toHaveLength(7);
    expectRateLimited(await logIn(t.url, address, TEST_PASSWORD), 60);
  });

  it('checks the lock before the password: a locked attempt never reaches the stored hash', async () => {
    const address = await account();
    for (let i = 0; i < 5; i++) await logIn(t.url, address, WRONG);
    // A hash whose scrypt parameters make verification throw: reaching it would answer INTERNAL_SERVER_ERROR.
    await t.sql(`UPDATE users SET password_hash = 'scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA' WHERE lower(email) = $1`, [address]);
    expectRateLimited(await logIn(t.url, address, TEST_PASSWORD), 60);
    // Once the lock is over the same attempt does reach the hash (so the check above meant something).
    await t.sql(`UPDATE auth_throttle SET expire = 1 WHERE key = $1`, [lockKey(address)]);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect((await logIn(t.url, address, TEST_PASSWORD)).code).toBe('INTERNAL_SERVER_ERROR');
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('answers an unknown e-mail exactly like an existing account', async () => {
    const known = await account();
    const unknown = email('nobody');
    for (let i = 0; i < 5; i++) {
      const [a, b] = [await logIn(t.url, known, WRONG), await logIn(t.url, unknown, WRONG)];
      expect([a.status, a.code, a.message]).toEqual([b.status, b.code, b.message]);
    }
    const [a, b] = [await logIn(t.url, known, TEST_PASSWORD), await logIn(t.url, unknown, TEST_PASSWORD)];
    expectRateLimited(a, 60);
    expectRateLimited(b, 60);
    expect(a.message?.replace(/\d+ s$/, '')).toBe(b.message?.replace(/\d+ s$/, ''));
  });

  it('a successful sign-in resets the consecutive-failure counter', async () => {
    const address = await account();
    for (let i = 0; i < 4; i++) expect((await logIn(t.url, address, WRONG)).code).toBe('UNAUTHENTICATED');
    expect((await logIn(t.url, address, TEST_PASSWORD)).data?.logIn?.accessToken).toBeTruthy();
    // Eight failures in all, but never five in a row: no lock.
    for (let i = 0; i < 4; i++) expect((await logIn(t.url, address, WRONG)).code).toBe('UNAUTHENTICATED');
    expect((await logIn(t.url, address, TEST_PASSWORD)).data?.logIn?.accessToken).toBeTruthy();
  });

  it('each further lock lasts twice as long', async () => {
    const address = await account();
    for (let i = 0; i < 5; i++) await logIn(t.url, address, WRONG);
    expectRateLimited(await logIn(t.url, address, WRONG), 60);
    await t.sql(`UPDATE auth_throttle SET expire = 1 WHERE key = $1`, [lockKey(address)]);
    // The lock is over: a new run of failures is allowed, then a second, longer lock.
    for (let i = 0; i < 5; i++) expect((await logIn(t.url, address, WRONG)).code).toBe('UNAUTHENTICATED');
    const second = await logIn(t.url, address, TEST_PASSWORD);
    expectRateLimited(second, 120);
    expect(second.retryAfterSeconds).toBeGreaterThan(60);
  });
});

describe('per address', () => {
  let t: TestPlatform;
  beforeAll(async () => { t = await startTestPlatform({ loginFailuresPerIpPerHour: 3, signUpsPerIpPerHour: 3 }); });
  afterAll(() => t?.close());

  it('failed sign-ins across accounts spend the address budget; successes do not count', async () => {
    const address = email('member');
    expect((await signUp(t.url, address)).code).toBeUndefined();
    expect((await logIn(t.url, address, TEST_PASSWORD)).data?.logIn).toBeTruthy();
    for (let i = 0; i < 3; i++) expect((await logIn(t.url, email('spray'), WRONG)).code).toBe('UNAUTHENTICATED');
    const refused = await logIn(t.url, address, TEST_PASSWORD);
    expectRateLimited(refused, 3600);
    expect(refused.message).toMatch(/from your address/);
  });

  it('sign-ups from one address are limited per hour', async () => {
    // One sign-up already happened above, from the same address.
    expect((await signUp(t.url)).code).toBeUndefined();
    expect((await signUp(t.url)).code).toBeUndefined();
    expectRateLimited(await signUp(t.url), 3600);
  });
});

describe('bad credentials', () => {
  let t: TestPlatform;
  beforeAll(async () => { t = await startTestPlatform({ credentialFailuresPerIpPerMinute: 5 }); });
  afterAll(() => t?.close());

  it('past the budget, bad API keys get 429 before any lookup of the key', async () => {
    const tenant = await t.createTenant();
    let lookups = 0;
    const count = () => { lookups++; };
    t.platform.appPool.on('acquire', count);
    try {
      // Five bad credentials of every kind: each API key is looked up in the database.
      for (let i = 0; i < 3; i++) expect((await post(t.url, '{ __typename }', {}, { 'x-api-key': unknownApiKey() })).status).toBe(401);
      expect(lookups).toBe(3);
      expect((await post(t.url, '{ __typename }', {}, { authorization: 'Bearer not.a.token' })).status).toBe(401);
      expect((await post(t.url, REFRESH, { t: 'rt_nonsense' })).code).toBe('UNAUTHENTICATED');
      // The budget is spent: keys are refused without a connection being taken.
      for (let i = 0; i < 20; i++) expectRateLimited(await post(t.url, '{ __typename }', {}, { 'x-api-key': unknownApiKey() }), 60);
      expectRateLimited(await post(t.url, '{ __typename }', {}, { authorization: `ApiKey ${unknownApiKey()}` }), 60);
      expectRateLimited(await post(t.url, REFRESH, { t: 'rt_nonsense' }), 60);
      // The address is refused whatever it presents, until the window ends.
      expectRateLimited(await post(t.url, '{ __typename }', {}, { authorization: `Bearer ${tenant.owner.token}` }), 60);
      expect(lookups).toBe(3);
    } finally {
      t.platform.appPool.off('acquire', count);
    }
    // Requests without credentials are not this budget's business.
    expect((await post(t.url, '{ __typename }')).status).toBe(200);
  });
});

describe('counters are shared across server processes', () => {
  const backends: [string, Record<string, string> | null][] = [
    ['PostgreSQL', {}],
    ['Redis', process.env.CRM_TEST_REDIS_URL ? { redisUrl: process.env.CRM_TEST_REDIS_URL } : null],
  ];

  describe.each(backends)('in %s', (name, extra) => {
    if (!extra) {
      it.skip(`${name}: skipped, no Redis reachable (set REDIS_URL)`, () => undefined);
      return;
    }
    let one: TestPlatform;
    let two: Awaited<ReturnType<typeof startPlatformOn>>;
    beforeAll(async () => {
      one = await startTestPlatform({ credentialFailuresPerIpPerMinute: 5, ...extra });
      two = await startPlatformOn(one.databaseUrl, { credentialFailuresPerIpPerMinute: 5, ...extra });
    });
    afterAll(async () => {
      await two?.close();
      await one?.close();
    });

    it('failed sign-ins on one process count on the other', async () => {
      const address = email('member');
      expect((await signUp(one.url, address)).code).toBeUndefined();
      for (let i = 0; i < 3; i++) expect((await logIn(one.url, address, WRONG)).code).toBe('UNAUTHENTICATED');
      for (let i = 0; i < 2; i++) expect((await logIn(two.url, address, WRONG)).code).toBe('UNAUTHENTICATED');
      // Neither process saw five failures itself.
      expectRateLimited(await logIn(one.url, address, TEST_PASSWORD), 60);
      expectRateLimited(await logIn(two.url, address, TEST_PASSWORD), 60);
      const rows = await one.sql(`SELECT count(*)::int AS n FROM auth_throttle WHERE key = $1`, [lockKey(address)]);
      expect(rows[0].n).toBe(name === 'Redis' ? 0 : 1);
    });

    if (name === 'PostgreSQL') {
      // Redis is shared by every run on this machine: the address budget is only checked on a database of its own.
      it('bad API keys on one process spend the address budget on the other', async () => {
        for (let i = 0; i < 3; i++) expect((await post(one.url, '{ __typename }', {}, { 'x-api-key': unknownApiKey() })).status).toBe(401);
        for (let i = 0; i < 2; i++) expect((await post(two.url, '{ __typename }', {}, { 'x-api-key': unknownApiKey() })).status).toBe(401);
        expectRateLimited(await post(one.url, '{ __typename }', {}, { 'x-api-key': unknownApiKey() }), 60);
        expectRateLimited(await post(two.url, '{ __typename }', {}, { 'x-api-key': unknownApiKey() }), 60);
      });
    }
  });
});
