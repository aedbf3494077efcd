import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { FormattedExecutionResult } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { Observable } from 'rxjs';
import { createCache } from '../src/apollo/cache';
import { ToastProvider } from '../src/ui/Toasts';

export interface Call { operationName: string; variables: Record<string, unknown> }
type Handler = (variables: Record<string, unknown>) => FormattedExecutionResult | Promise<FormattedExecutionResult>;

/** A link answering each operation by name from test handlers, recording every call. */
export function scriptedClient(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const link = new ApolloLink((operation) => new Observable((observer) => {
    calls.push({ operationName: operation.operationName ?? '', variables: operation.variables as Record<string, unknown> });
    const handler = handlers[operation.operationName ?? ''];
    if (!handler) {
      observer.error(new Error(`No handler for ${operation.operationName}`));
      return;
    }
    Promise.resolve(handler(operation.variables as Record<string, unknown>)).then((result) => {
      observer.next(result as ApolloLink.Result);
      observer.complete();
    }, (error) => observer.error(error));
  }));
  const client = new ApolloClient({ cache: createCache(), link });
  return { client, calls };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

export function Providers({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <ApolloProvider client={client}>
      <ToastProvider>
        <MemoryRouter>{children}</MemoryRouter>
      </ToastProvider>
    </ApolloProvider>
  );
}
