import { StrictMode, useEffect, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { graphql } from './api';

interface Column { stage: { name: string; color: string | null }; count: number; totals: { currency: string; value: string; weightedValue: string }[] }

const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }`;
const BOARD = `query { pipelines(first: 1) { nodes { id name } } }`;
const COLUMNS = `query($id: ID!) { board(pipelineId: $id) { count columns { stage { name color } count totals { currency value weightedValue } } } }`;

function App() {
  const [token, setToken] = useState(() => sessionStorage.getItem('token'));
  const [error, setError] = useState<string | null>(null);
  const [columns, setColumns] = useState<Column[] | null>(null);
  const [pipeline, setPipeline] = useState('');

  useEffect(() => {
    if (!token) return;
    (async () => {
      try {
        const { pipelines } = await graphql<{ pipelines: { nodes: { id: string; name: string }[] } }>(BOARD, {}, token);
        const first = pipelines.nodes[0];
        setPipeline(first.name);
        const { board } = await graphql<{ board: { columns: Column[] } }>(COLUMNS, { id: first.id }, token);
        setColumns(board.columns);
      } catch (e) {
        sessionStorage.removeItem('token');
        setToken(null);
        setError((e as Error).message);
      }
    })();
  }, [token]);

  async function logIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const { logIn } = await graphql<{ logIn: { accessToken: string } }>(LOG_IN, { email: form.get('email'), password: form.get('password') });
      sessionStorage.setItem('token', logIn.accessToken);
      setError(null);
      setToken(logIn.accessToken);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (!token) {
    return (
      <main className="card">
        <h1>Sign in</h1>
        <form onSubmit={logIn}>
          <label>E-mail <input name="email" type="email" defaultValue="rep@demo.crm" required /></label>
          <label>Password <input name="password" type="password" defaultValue="demo-password" required /></label>
          <button type="submit">Sign in</button>
        </form>
        {error && <p role="alert">{error}</p>}
        <p>The full pipeline board is on its way; the API is at <a href="/graphql">/graphql</a>.</p>
      </main>
    );
  }
  return (
    <main>
      <h1>{pipeline || 'Pipeline'}</h1>
      <div className="board">
        {columns?.map((c) => (
          <section key={c.stage.name} style={{ borderTopColor: c.stage.color ?? '#ccc' }}>
            <h2>{c.stage.name}</h2>
            <p>{c.count} deals</p>
            {c.totals.map((t) => <p key={t.currency}>{t.currency} {Number(t.value).toLocaleString()} · weighted {Number(t.weightedValue).toLocaleString()}</p>)}
          </section>
        )) ?? <p>Loading…</p>}
      </div>
      <button onClick={() => { sessionStorage.removeItem('token'); setToken(null); }}>Sign out</button>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = `body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2937}.card{max-width:22rem}label{display:block;margin:.5rem 0}input{display:block;width:100%;padding:.4rem}
button{margin-top:.75rem;padding:.4rem .8rem}.board{display:flex;gap:.75rem;overflow-x:auto}section{min-width:10rem;border:1px solid #e5e7eb;border-top:4px solid;padding:.5rem;border-radius:6px}h2{font-size:1rem;margin:.25rem 0}`;
document.head.appendChild(style);
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
