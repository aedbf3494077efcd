import { useMutation, useQuery } from '@apollo/client/react';
import { useViewer } from '../auth/Viewer';
import { graphql } from '../gql';
import { ErrorState, LoadingBlock } from '../ui/states';
import { canManageMembers } from './access';
import { SettingsPanel } from './SettingsLayout';
import { SimpleForm, wholeNumber, type FormFieldDecl } from './SimpleForm';
import { useToast } from '../ui/Toasts';

const OrganizationDocument = graphql(`
  query SettingsOrganization { organization { id name defaultCurrency industry settings } }
`);
const UpdateOrganizationDocument = graphql(`
  mutation SettingsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name defaultCurrency industry settings } }
`);

const LIMITS: [string, string][] = [['requestsPerMinute', 'Requests per minute'], ['maxCost', 'Most cost per query'], ['maxDepth', 'Deepest query'], ['maxAliases', 'Most aliases per query']];

export default function OrganizationSettings() {
  const viewer = useViewer();
  const editable = canManageMembers(viewer.role);
  const { data, error, refetch } = useQuery(OrganizationDocument);
  const [update] = useMutation(UpdateOrganizationDocument, { refetchQueries: ['Viewer'] });
  const toast = useToast();
  const saved = (message: string) => toast.show({ kind: 'success', message });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={4} label="Loading the organization" />;
  const org = data.organization;
  const settings = (org.settings ?? {}) as { apiLimits?: Record<string, number> };
  const limits = settings.apiLimits ?? {};
  const limitFields: FormFieldDecl[] = LIMITS.map(([name, label]) => ({ name, label, type: 'number', defaultValue: limits[name] !== undefined ? String(limits[name]) : '', hint: 'Empty: the default', check: wholeNumber(1) }));
  return (
    <>
      <SettingsPanel id="org-heading" title="Organization" description={editable ? undefined : 'Only owners change these; you can see them.'}>
        <div className="panel-body">
          <SimpleForm key={`${org.name}:${org.defaultCurrency}`} disabled={!editable} resetOnSuccess={false} submitLabel="Save" fields={[
            { name: 'name', label: 'Name', required: true, defaultValue: org.name },
            { name: 'defaultCurrency', label: 'Currency', defaultValue: org.defaultCurrency, hint: 'ISO code, e.g. USD or EUR: new deals start in it', check: (v) => (/^[A-Za-z]{3}$/.test(v) ? null : 'Enter a three-letter currency code like USD.') },
            { name: 'industry', label: 'Industry', defaultValue: org.industry ?? '' },
          ]} onSubmit={async (v) => { await update({ variables: { input: { name: v.name, defaultCurrency: v.defaultCurrency!.toUpperCase(), industry: v.industry || null } } }); saved('Organization saved.'); }} />
        </div>
      </SettingsPanel>
      <SettingsPanel id="limits-heading" title="API limits" description="What one user or API key may ask of the API, within the platform's ceilings.">
        <div className="panel-body">
          <SimpleForm key={JSON.stringify(limits)} disabled={!editable} resetOnSuccess={false} submitLabel="Save limits" fields={limitFields}
            onSubmit={async (v) => {
              const apiLimits = Object.fromEntries(LIMITS.filter(([name]) => v[name]).map(([name]) => [name, Number(v[name])]));
              await update({ variables: { input: { settings: { ...settings, apiLimits } } } });
              saved('Limits saved.');
            }} />
        </div>
      </SettingsPanel>
    </>
  );
}
