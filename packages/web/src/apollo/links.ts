import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { defer, from, mergeMap, of, throwError, catchError, finalize, type Observable } from 'rxjs';
import type { SessionStore } from '../auth/session';

type Result = ApolloLink.Result;

const isUnauthenticated = (result: Result) =>
  !!result.errors?.some((e) => (e.extensions as { code?: string } | undefined)?.code === 'UNAUTHENTICATED');

/**
 * Adds the bearer token and organization to every request. The token is renewed shortly before it
 * lapses; a request refused as UNAUTHENTICATED is retried once after a refresh. When the refresh
 * itself is refused the session ends and the app returns to the sign-in page.
 */
export function authLink(store: SessionStore): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if ((operation.getContext() as { public?: boolean }).public) return forward(operation);

    const send = (token: string | null): Observable<Result> => {
      const organizationId = store.organizationId();
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: {
          ...headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(token && organizationId ? { 'x-organization-id': organizationId } : {}),
        },
      }));
      return forward(operation);
    };

    // After a refused token: refresh once and resend. A refresh the server refuses ends the session
    // (the store does that); one that fails on the network keeps it and surfaces the original error.
    const retryAfterRefresh = (original: Observable<Result>): Observable<Result> =>
      from(store.refresh().then((session) => session, () => undefined)).pipe(
        mergeMap((session) => {
          if (!session) return original;
          return send(session.accessToken).pipe(mergeMap((result) => {
            if (isUnauthenticated(result)) store.end('expired');
            return of(result);
          }));
        }),
      );

    return defer(() => from(store.accessToken().catch(() => store.get()?.accessToken ?? null))).pipe(
      mergeMap((token) => send(token)),
      mergeMap((result) => (isUnauthenticated(result) && store.get() ? retryAfterRefresh(of(result)) : of(result))),
      catchError((error) => {
        if (ServerError.is(error) && error.statusCode === 401 && store.get()) return retryAfterRefresh(throwError(() => error));
        return throwError(() => error);
      }),
    );
  });
}

let mutationsInFlight = 0;
let mutationEpoch = 0;

/**
 * Polled reads that were in flight while a mutation completed may carry the state from before it
 * and would briefly undo what the user just did (a card jumping back). Such a read is sent again
 * (at most twice) instead of being written to the cache. Queries opt in with context
 * `{ consistentRead: true }`.
 */
export const consistentReadLink = new ApolloLink((operation, forward) => {
  if (operation.operationType === 'mutation') {
    mutationsInFlight++;
    let done = false;
    const settle = () => {
      if (done) return;
      done = true;
      mutationsInFlight--;
      mutationEpoch++;
    };
    return forward(operation).pipe(finalize(settle));
  }
  if (!(operation.getContext() as { consistentRead?: boolean }).consistentRead) return forward(operation);
  const attempt = (retries: number): Observable<Result> => {
    const epoch = mutationEpoch;
    return forward(operation).pipe(mergeMap((result) => (mutationEpoch !== epoch && retries > 0 ? attempt(retries - 1) : of(result))));
  };
  return attempt(2);
});

export function mutationsPending(): number {
  return mutationsInFlight;
}
