import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo/client';
import { createRouter, preloadRoute } from './app/router';
import { AuthProvider } from './auth/AuthContext';
import { sessionStore } from './auth/session';
import { ViewerDocument } from './auth/Viewer';
import { prefetchBoard } from './board/operations';
import { ToastProvider } from './ui/Toasts';
import './styles.css';

const client = createApolloClient();
const router = createRouter();

// A signed-in start: fetch the page's code, the viewer and the board all at once rather than one after the other.
const session = sessionStore.get();
if (session) {
  preloadRoute(window.location.pathname);
  void client.query({ query: ViewerDocument }).catch(() => undefined);
  if (window.location.pathname === '/' || window.location.pathname === '/board') prefetchBoard(client, sessionStore.organizationId(), session.userId, window.location.search);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <AuthProvider>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </AuthProvider>
    </ApolloProvider>
  </StrictMode>,
);
