import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { sessionStore, type SessionStore } from '../auth/session';
import { createCache } from './cache';
import { authLink, consistentReadLink } from './links';

/**
 * Subscriptions over graphql-ws on the API's own URL. The socket opens with the first subscription
 * and closes with the last; it carries the credentials of the moment it connects, so a change of
 * user or organization reconnects it.
 */
function subscriptionLink(store: SessionStore, uri: string): ApolloLink {
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.toString(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await store.accessToken().catch(() => null);
      return token ? { authorization: `Bearer ${token}`, organizationId: store.organizationId() } : {};
    },
  });
  const identity = () => `${store.get()?.userId ?? ''}/${store.organizationId() ?? ''}`;
  let connectedAs = identity();
  store.subscribe(() => {
    if (identity() === connectedAs) return;
    connectedAs = identity();
    client.terminate();
  });
  return new GraphQLWsLink(client);
}

export function createApolloClient(store: SessionStore = sessionStore, uri = '/graphql'): ApolloClient {
  const http = ApolloLink.from([consistentReadLink, authLink(store), new HttpLink({ uri })]);
  const link = typeof WebSocket === 'undefined' ? http : ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    subscriptionLink(store, uri),
    http,
  );
  return new ApolloClient({
    cache: createCache(),
    link,
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
