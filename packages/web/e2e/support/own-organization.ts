import type { Browser, BrowserContext, Page } from 'playwright-core';
import { e2eState, launch, newContext, signIn, watchErrors } from './browser';

export const OWN_PASSWORD = 'correct horse battery';

/** GraphQL over HTTP as a bearer of `token` (none: anonymous); a response with errors throws. */
export async function gqlAs<T = any>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${e2eState().baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json() as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * An organization of a test's own, signed up through the API: its owner's GraphQL calls, and
 * `signedIn` opens a browser page signed in as the owner (uncaught page errors collected).
 */
export async function ownOrganization(person: string, organizationName: string, email: string) {
  const { signUp } = await gqlAs(undefined, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    { input: { name: person, email, password: OWN_PASSWORD, organizationName } });
  const token = signUp.accessToken as string;
  return {
    gql: <T = any>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(token, query, variables),
    async signedIn(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
      const context = await newContext(browser, { width: 1440, height: 900 });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await signIn(page, email, OWN_PASSWORD);
      return { context, page, errors };
    },
    /** Invites someone with this role and accepts for them: a second person of the organization to sign in as. */
    async member(role: string, name: string) {
      const memberEmail = `${role.toLowerCase()}.${Date.now().toString(36)}.${email}`;
      const { inviteMember } = await gqlAs(token, 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', { input: { email: memberEmail, role } });
      await gqlAs(undefined, 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }', { input: { token: inviteMember.token, name, password: OWN_PASSWORD } });
      return {
        async signedIn(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
          const context = await newContext(browser, viewport);
          const page = await context.newPage();
          const errors = watchErrors(page);
          await signIn(page, memberEmail, OWN_PASSWORD);
          return { context, page, errors };
        },
      };
    },
  };
}

export type OwnOrganization = Awaited<ReturnType<typeof ownOrganization>>;

/** A signed-in browser page of its own and the uncaught errors it has had. */
export interface Session { context: BrowserContext; page: Page; errors: string[] }

export const PHONE = { width: 390, height: 844 };

/** A test file's browser, organization and owner's page, and a way to try the pages as another member. */
export interface OwnOrganizationFile extends Session {
  browser: Browser;
  org: OwnOrganization;
  /** Runs `test` in a page signed in as a new member with this role (at phone width unless told), closed after it. */
  asMember(role: string, name: string, test: (session: Session) => Promise<void>, viewport?: { width: number; height: number }): Promise<void>;
}

/**
 * The set-up of a test file that works in an organization of its own: before its tests, Chromium is
 * launched, the organization signed up, `seed` given the owner's API to create what the tests need,
 * and a page opened signed in as the owner; after them, the page and the browser are closed. The
 * fields are filled in by the file's beforeAll: read them in tests and hooks, not at its top level.
 */
export function ownOrganizationFile(person: string, organizationName: string, email: string, seed?: (org: OwnOrganization) => Promise<void>): OwnOrganizationFile {
  const own = {
    async asMember(role, name, test, viewport = PHONE) {
      const session = await (await own.org.member(role, name)).signedIn(own.browser, viewport);
      try {
        await test(session);
      } finally {
        await session.context.close();
      }
    },
  } as OwnOrganizationFile;
  beforeAll(async () => {
    own.browser = await launch();
    own.org = await ownOrganization(person, organizationName, email);
    await seed?.(own.org);
    Object.assign(own, await own.org.signedIn(own.browser));
  });
  afterAll(async () => {
    await own.context?.close();
    await own.browser?.close();
  });
  return own;
}

/** The roadmap the product tests put their ideas, features, releases and objectives in: its id. */
export const createRoadmap = async (org: OwnOrganization) =>
  (await org.gql(`mutation { createRoadmap(input: { name: "Mobile app", key: "MOB" }) { id } }`)).createRoadmap.id as string;
