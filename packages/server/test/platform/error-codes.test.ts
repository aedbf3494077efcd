import { getIntrospectionQuery } from 'graphql';
import { fromDatabaseError } from '../../src/platform/errors';
import { formatError } from '../../src/platform/format-error';
import { sha256 } from '../../src/platform/protection/persisted-operations';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** Every error a client can provoke carries a code it can act on; INTERNAL_SERVER_ERROR is left for real bugs. */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Error codes');
});
afterAll(() => t?.close());

const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { userId } }`;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${a.owner.token}`, ...headers }, body: JSON.stringify(body) })
    .then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } }));

describe('text no column can store', () => {
  it('a NUL or a lone surrogate in a variable is BAD_USER_INPUT naming its path, before anything runs', async () => {
    for (const [input, field] of [
      [{ name: 'Acme\u0000' }, 'input.name'],
      [{ name: 'Acme \ud800' }, 'input.name'],
      [{ name: 'Acme \udc00 low' }, 'input.name'],
      [{ name: 'Acme', tags: ['fine', 'x\u0000'] }, 'input.tags.1'],
    ] as const) {
      const error = await a.owner.fails(CREATE_COMPANY, { input });
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await t.sql(`SELECT 1 FROM companies WHERE organization_id = $1`, [a.organizationId])).toHaveLength(0);
  });

  it('in a document literal too, and in the keys of a JSON value', async () => {
    const literal = await a.owner.fails(`mutation { createCompany(input: { name: "Acme\\u0000" }) { id } }`);
    expect(literal.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const key = await a.owner.fails(`mutation($s: JSONObject!) { updateOrganization(input: { settings: $s }) { id } }`, { s: { ['bad\u0000key']: 1 } });
    expect(key.extensions?.code).toBe('BAD_USER_INPUT');
    expect(key.extensions?.field).toMatch(/^s\./);
  });

  it('an e-mail with a lone surrogate is refused as input, not a crash in the validator', async () => {
    const error = await t.anonymous.fails(SIGN_UP, { input: { email: 'a\ud800@example.com', password: 'correct-horse-battery', name: 'X', organizationName: 'Y' } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('valid astral characters (a surrogate pair) are stored as sent', async () => {
    const { createCompany } = await a.owner.ok(CREATE_COMPANY, { input: { name: 'Rocket 🚀 GmbH' } });
    expect(createCompany.name).toBe('Rocket 🚀 GmbH');
  });

  it('PostgreSQL refusing a character (22021, 22P05) is BAD_USER_INPUT', () => {
    for (const code of ['22021', '22P05']) expect(fromDatabaseError({ code })?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('formatError', () => {
  const format = () => formatError({ ...t.platform.config, env: 'production' });

  it('a validationErrors that is not an array (a URIError from class-validator) is BAD_USER_INPUT', () => {
    const error = { originalError: { extensions: { validationErrors: new URIError('URI malformed') } } };
    const out = format()({ message: 'Argument Validation Error', path: ['signUp'] }, error);
    expect(out.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('never throws: a failure inside it answers INTERNAL_SERVER_ERROR', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const hostile = { get originalError(): never { throw new Error('boom'); } };
      expect(format()({ message: 'x' }, hostile)).toEqual({ message: expect.any(String), path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('errors graphql-js and Apollo leave without a code', () => {
  it('more than 50 variable errors is BAD_USER_INPUT', async () => {
    const result = await a.owner.raw(`query($ids: [ID!]) { activities(where: { dealId: { in: $ids } }) { totalCount } }`, { ids: Array.from({ length: 60 }, () => ({})) });
    const last = result.errors!.at(-1)!;
    expect(last.message).toMatch(/Too many errors processing variables/);
    expect(result.errors!.map((e) => e.extensions?.code)).toEqual(result.errors!.map(() => 'BAD_USER_INPUT'));
  });

  it('a null variable for a non-null argument with a default (valid, refused while executing) is BAD_USER_INPUT naming the argument', async () => {
    const error = await a.owner.fails(`query($by: String) { wonLost(by: $by) { lostCount } }`, { by: null });
    expect(error.message).toMatch(/Argument "by" of non-null type/);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'by' });
  });

  it('persisted queries: an unknown version and a hash that does not match have PERSISTED_QUERY_* codes', async () => {
    const query = '{ deals(first: 1) { totalCount } }';
    const v2 = await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } });
    expect(v2.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const notAnObject = await post({ query, extensions: { persistedQuery: 'yes' } });
    expect(notAnObject.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const mismatch = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } });
    expect(mismatch.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(mismatch.status).toBe(400);
    // The right hash still works.
    expect((await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } })).body.data.deals.totalCount).toBe(0);
  });
});

describe('introspection obeys the limits', () => {
  it('a 40-level ofType chain is QUERY_TOO_DEEP', async () => {
    let chain = 'name';
    for (let i = 0; i < 40; i++) chain = `ofType { ${chain} }`;
    const error = await a.owner.fails(`{ __schema { types { fields { type { ${chain} } } } } }`);
    expect(error.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('costs its lists like any query, and the standard introspection query (the explorer, codegen) fits the default limits', async () => {
    await t.sql(`UPDATE organizations SET settings = jsonb_set(settings, '{apiLimits}', '{"maxCost": 1000}') WHERE id = $1`, [a.organizationId]);
    try {
      expect((await a.owner.fails(`{ __schema { types { fields { args { name } } } } }`)).extensions?.code).toBe('QUERY_TOO_COMPLEX');
    } finally {
      await t.sql(`UPDATE organizations SET settings = settings - 'apiLimits' WHERE id = $1`, [a.organizationId]);
    }
    const full = await a.owner.raw(getIntrospectionQuery({ inputValueDeprecation: true }));
    expect(full.errors).toBeUndefined();
    expect(full.data.__schema.queryType.name).toBe('Query');
  });

  it('anonymous callers learn of no type: __type is null, __schema refused', async () => {
    expect((await t.anonymous.ok(`query($n: String!) { __type(name: $n) { name } }`, { n: 'Deal' })).__type).toBeNull();
    expect((await a.owner.ok(`{ __type(name: "Deal") { name } }`)).__type.name).toBe('Deal');
    expect((await t.anonymous.fails(`{ __schema { queryType { name } } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('HTTP status of requests that do not run', () => {
  const cases: [string, unknown][] = [
    ['parse', { query: '{ deals {' }],
    ['validation', { query: '{ nope }' }],
    ['variables', { query: 'query($n: Int) { deals(first: $n) { totalCount } }', variables: { n: 'many' } }],
    ['limits', { query: `{ __schema { types { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } } }` }],
    ['text', { query: CREATE_COMPANY, variables: { input: { name: '\u0000' } } }],
  ];

  it.each(cases)('%s: 200 in application/json (or without Accept), 4xx in application/graphql-response+json', async (_name, body) => {
    for (const accept of ['application/json', undefined, '*/*']) {
      const plain = await post(body, accept ? { accept } : {});
      expect(plain.status).toBe(200);
      expect(plain.body.errors?.[0].extensions.code).toEqual(expect.any(String));
    }
    const strict = await post(body, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
    expect(strict.body.data).toBeUndefined();
  });

  it('anonymous introspection is refused with 200 in application/json and 401 in application/graphql-response+json', async () => {
    const ask = (accept: string) => fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
    expect((await ask('application/json')).status).toBe(200);
    expect((await ask('application/graphql-response+json')).status).toBe(401);
  });

  it('a request that is not GraphQL over HTTP keeps its 400 either way', async () => {
    expect((await post({ variables: {} }, { accept: 'application/json' })).status).toBe(400);
    expect((await post({ query: '{ __typename }', variables: 'x' }, { accept: 'application/json' })).status).toBe(400);
  });
});
