import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { errorInfo, fieldError, type ErrorInfo } from '../lib/errors';
import { focusFirstInvalid } from '../lib/forms';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { useAuth } from './AuthContext';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken accessTokenExpiresAt refreshToken userId organizationId
    }
  }
`);

interface Values { name: string; email: string; password: string; organizationName: string }

function validate(values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Enter your name';
  if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) errors.email = 'Enter a valid e-mail address';
  if (values.password.length < 10) errors.password = 'Use at least 10 characters';
  if (!values.organizationName.trim()) errors.organizationName = 'Name your company or team';
  return errors;
}

export default function SignupPage() {
  useDocumentTitle('Create your account');
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const [signUp, { loading }] = useMutation(SignUpDocument, { context: { public: true } });
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});

  if (session) return <Navigate to="/board" replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const values: Values = {
      name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''), organizationName: String(form.get('organizationName') ?? ''),
    };
    const problems = validate(values);
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return focusFirstInvalid(element);
    try {
      const { data } = await signUp({ variables: { input: { ...values, email: values.email.trim(), name: values.name.trim(), organizationName: values.organizationName.trim() } } });
      if (data) {
        signIn(data.signUp);
        navigate('/board', { replace: true });
      }
    } catch (e) {
      setError(errorInfo(e));
      focusFirstInvalid(element);
    }
  }

  const message = (field: keyof Values) => local[field] ?? fieldError(error, field);
  const shownByField = !!error && (['name', 'email', 'password', 'organizationName'] as const).some((f) => fieldError(error, f));
  const general = error && !shownByField ? error.message : null;

  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand"><span className="brand-mark" aria-hidden="true">C</span> CRM</div>
        <h1>Create your account</h1>
        <form className="stack" onSubmit={onSubmit} noValidate>
          <Field label="Your name" error={message('name')}>
            <input className="input" name="name" autoComplete="name" required autoFocus />
          </Field>
          <Field label="Work e-mail" error={message('email')}>
            <input className="input" name="email" type="email" autoComplete="email" required />
          </Field>
          <Field label="Password" error={message('password')} hint="At least 10 characters">
            <input className="input" name="password" type="password" autoComplete="new-password" required minLength={10} />
          </Field>
          <Field label="Company" error={message('organizationName')} hint="Your organization in the CRM; you can invite colleagues later">
            <input className="input" name="organizationName" autoComplete="organization" required />
          </Field>
          {general && <p className="form-error" role="alert">{general}</p>}
          <Button type="submit" variant="primary" busy={loading}>Create account</Button>
        </form>
        <p className="auth-footer">Already have an account? <Link to="/login">Sign in</Link></p>
      </div>
    </main>
  );
}
