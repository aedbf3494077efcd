import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useMemo, useState, type ComponentProps, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { EXAMPLE_TABS } from './examples';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** An API key typed here lives only as long as the tab: never in localStorage. */
const API_KEY_STORAGE = 'crm.explorer.apiKey';

function readApiKey(): string {
  try {
    return sessionStorage.getItem(API_KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

function writeApiKey(value: string): void {
  try {
    if (value) sessionStorage.setItem(API_KEY_STORAGE, value);
    else sessionStorage.removeItem(API_KEY_STORAGE);
  } catch {
    // storage disabled: the key lasts until the page reloads
  }
}

function CredentialsForm({ onApiKey }: { onApiKey: (key: string) => void }) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get('apiKey') ?? '').trim();
    if (key) onApiKey(key);
  }
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand"><span className="brand-mark" aria-hidden="true">C</span> CRM</div>
        <h1>GraphQL explorer</h1>
        <p>The schema, its documentation and the example analyses open once you are signed in.</p>
        <Link className="btn btn-primary" to="/login?next=/explorer">Sign in with your account</Link>
        <form className="stack" onSubmit={onSubmit}>
          <Field label="Or use an API key">
            <input className="input" name="apiKey" autoComplete="off" spellCheck={false} placeholder="crm_…" />
          </Field>
          <Button type="submit">Use this key</Button>
        </form>
      </div>
    </main>
  );
}

/**
 * GraphiQL served with the app (no CDN): the signed-in session's token and organization, or an API
 * key, go with every request; the docs panel, history and the saved example analyses come with it.
 */
export default function ExplorerPage() {
  useDocumentTitle('GraphQL explorer');
  const { session, store, organizationId } = useAuth();
  const [apiKey, setApiKey] = useState(readApiKey);

  const fetcher = useMemo<Fetcher>(() => async (params) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    if (apiKey) headers['x-api-key'] = apiKey;
    else {
      const token = await store.accessToken().catch(() => null);
      if (token) headers.authorization = `Bearer ${token}`;
      if (token && organizationId) headers['x-organization-id'] = organizationId;
    }
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
    return response.json();
  }, [apiKey, store, organizationId]);

  const useKey = (key: string) => {
    writeApiKey(key);
    setApiKey(key);
  };

  if (!apiKey && !session) return <CredentialsForm onApiKey={useKey} />;
  return (
    <div className="explorer">
      <header className="explorer-bar">
        <strong>GraphQL explorer</strong>
        <span className="muted">{apiKey ? 'Using an API key' : 'Signed in'}; limits and roles apply as in the app.</span>
        {apiKey && <Button onClick={() => useKey('')}>Forget the key</Button>}
        <Link to="/">Back to the app</Link>
      </header>
      {/* A new identity means another schema view (introspection is per caller): mount afresh. */}
      <GraphiQL key={apiKey || organizationId || 'session'} fetcher={fetcher} defaultTabs={EXAMPLE_TABS} />
    </div>
  );
}
