import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { sessionStore, type SessionStore } from '../auth/session';
import { createCache } from './cache';
import { authLink, consistentReadLink } from './links';

export function createApolloClient(store: SessionStore = sessionStore, uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([consistentReadLink, authLink(store), new HttpLink({ uri })]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
