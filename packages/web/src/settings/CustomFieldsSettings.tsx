import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CustomFieldType } from '../gql/graphql';
import { enumLabel, enumOptions } from '../records/fields';
import { Button } from '../ui/Button';
import { ErrorState, LoadingBlock } from '../ui/states';
import { SettingsPanel } from './SettingsLayout';
import { SimpleForm } from './SimpleForm';
import { useAction } from './useAction';

const CustomFieldsDocument = graphql(`
  query SettingsCustomFields {
    customFieldDefinitions(first: 200) { nodes { id entityType key label type options required position } }
  }
`);
const CreateCustomFieldDocument = graphql(`
  mutation SettingsCreateCustomField($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { id key } }
`);
const DeleteCustomFieldDocument = graphql(`
  mutation SettingsDeleteCustomField($id: ID!) { deleteCustomFieldDefinition(id: $id) { id deletedAt } }
`);

const TYPES: CustomFieldType[] = ['TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT', 'MULTI_SELECT'];
const ENTITIES = ['Deal', 'Company', 'Contact', 'Activity'].map((e) => ({ value: e, label: e }));

export default function CustomFieldsSettings() {
  const { data, error, refetch } = useQuery(CustomFieldsDocument);
  const [create] = useMutation(CreateCustomFieldDocument, { refetchQueries: ['SettingsCustomFields'] });
  const [remove] = useMutation(DeleteCustomFieldDocument, { refetchQueries: ['SettingsCustomFields'] });
  const act = useAction();
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={4} label="Loading custom fields" />;
  const fields = [...data.customFieldDefinitions.nodes].sort((a, b) => a.entityType.localeCompare(b.entityType) || a.position - b.position);
  return (
    <>
      <SettingsPanel id="custom-fields-heading" title="Custom fields" description="Extra fields on deals, companies, contacts and activities, filterable through the API.">
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Custom fields</caption>
            <thead><tr><th scope="col">Label</th><th scope="col">On</th><th scope="col" className="hide-sm">Key</th><th scope="col">Type</th><th scope="col" className="hide-sm">Options</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f.id}>
                  <td>{f.label}{f.required && <span className="muted"> (required)</span>}</td><td>{f.entityType}</td><td className="hide-sm mono">{f.key}</td>
                  <td>{enumLabel(f.type)}</td><td className="hide-sm wrap">{f.options.join(', ') || '—'}</td>
                  <td><Button size="sm" variant="ghost" icon="trash" aria-label={`Delete field ${f.label}`} onClick={() => void act(() => remove({ variables: { id: f.id } }), `Field ${f.label} moved to the trash.`)} /></td>
                </tr>
              ))}
              {!fields.length && <tr><td colSpan={6} className="muted">No custom fields yet.</td></tr>}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
      <SettingsPanel id="new-field-heading" title="New custom field">
        <div className="panel-body">
          <SimpleForm submitLabel="Add field" fields={[
            { name: 'entityType', label: 'On', type: 'select', options: ENTITIES, defaultValue: 'Deal' },
            { name: 'label', label: 'Label', required: true },
            { name: 'key', label: 'Key', required: true, hint: 'Letters, digits and _; used in the API', check: (v) => (/^[a-z][a-zA-Z0-9_]*$/.test(v) ? null : 'Start with a lower-case letter; use letters, digits and _ only.') },
            { name: 'type', label: 'Type', type: 'select', options: enumOptions(TYPES), defaultValue: 'TEXT' },
            { name: 'options', label: 'Options', hint: 'For select types: comma separated' },
            { name: 'required', label: 'Required', type: 'checkbox' },
          ]} onSubmit={(v) => create({ variables: { input: {
            entityType: v.entityType!, label: v.label!, key: v.key!, type: v.type as CustomFieldType, required: v.required === 'true',
            options: v.options ? v.options.split(',').map((o) => o.trim()).filter(Boolean) : [],
          } } })} />
        </div>
      </SettingsPanel>
    </>
  );
}
