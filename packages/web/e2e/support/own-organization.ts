import type { Browser, BrowserContext, Page } from 'playwright-core';
import { e2eState, newContext, signIn, watchErrors } from './browser';

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
