import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { errorInfo, type ErrorInfo } from '../lib/errors';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { useAuth } from './AuthContext';
import { safeNext } from './RequireAuth';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const LogInDocument = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      accessToken accessTokenExpiresAt refreshToken userId organizationId
    }
  }
`);

export default function LoginPage() {
  useDocumentTitle('Sign in');
  const { session, signIn } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [logIn, { loading }] = useMutation(LogInDocument, { context: { public: true } });
  const [error, setError] = useState<ErrorInfo | null>(null);
  const next = safeNext(params.get('next'));

  if (session) return <Navigate to={next} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const { data } = await logIn({ variables: { email: String(form.get('email')).trim(), password: String(form.get('password')) } });
      if (data) {
        signIn(data.logIn);
        navigate(next, { replace: true });
      }
    } catch (e) {
      setError(errorInfo(e));
    }
  }

  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand"><span className="brand-mark" aria-hidden="true">C</span> CRM</div>
        <h1>Sign in</h1>
        {params.get('expired') && !error && <p className="notice" role="status">Your session has expired. Sign in again to continue.</p>}
        <form className="stack" onSubmit={onSubmit} noValidate={false}>
          <Field label="E-mail">
            <input className="input" name="email" type="email" autoComplete="username" required autoFocus />
          </Field>
          <Field label="Password">
            <input className="input" name="password" type="password" autoComplete="current-password" required />
          </Field>
          {error && <p className="form-error" role="alert">{error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT' ? error.message : error.message}</p>}
          <Button type="submit" variant="primary" busy={loading}>Sign in</Button>
        </form>
        <p className="auth-footer">New here? <Link to="/signup">Create an account</Link></p>
      </div>
    </main>
  );
}
