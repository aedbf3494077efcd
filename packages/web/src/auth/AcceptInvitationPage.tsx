import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { SimpleForm } from '../settings/SimpleForm';
import { useAuth } from './AuthContext';

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { accessToken accessTokenExpiresAt refreshToken userId organizationId }
  }
`);

/** Where an invitation link leads: a new person chooses a name and password; someone with an account gives theirs. */
export default function AcceptInvitationPage() {
  useDocumentTitle('Join your team');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const [accept] = useMutation(AcceptInvitationDocument, { context: { public: true } });
  const token = params.get('token') ?? '';
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand"><span className="brand-mark" aria-hidden="true">C</span> CRM</div>
        <h1>Join your team</h1>
        {!token ? <p role="alert">This link has no invitation in it. Ask for a new link.</p> : (
          <>
            <p className="muted">Choose your name and a password (at least 8 characters). If you already have an account with this e-mail, enter its password.</p>
            <SimpleForm className="stack" submitLabel="Accept invitation" resetOnSuccess={false} fields={[
              { name: 'name', label: 'Your name' },
              { name: 'password', label: 'Password', type: 'password', required: true, check: (v) => (v.length >= 8 ? null : 'Use at least 8 characters.') },
            ]} onSubmit={async (v) => {
              const { data } = await accept({ variables: { input: { token, password: v.password, ...(v.name ? { name: v.name } : {}) } } });
              if (!data) return;
              signIn(data.acceptInvitation);
              navigate('/board', { replace: true });
            }} />
          </>
        )}
        <p className="auth-footer"><Link to="/login">Sign in instead</Link></p>
      </div>
    </main>
  );
}
