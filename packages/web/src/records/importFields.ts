import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useUserOptions } from './fields';
import type { CellResolver, ImportDecl, ImportField } from './importCsv';

/**
 * The fields of CreateCompanyInput, CreateContactInput and CreateDealInput a CSV column can fill
 * (importFields.test.ts keeps them equal to the schema), with labels and the usual header spellings.
 */
const ADDRESS: ImportField[] = [
  { name: 'addressLine1', label: 'Address line 1', aliases: ['Address', 'Street'] },
  { name: 'addressLine2', label: 'Address line 2' },
  { name: 'postalCode', label: 'Postal code', aliases: ['Zip', 'Zip code', 'Postcode'] },
  { name: 'city', label: 'City', aliases: ['Town'] },
  { name: 'state', label: 'State', aliases: ['Region', 'Province'] },
  { name: 'country', label: 'Country' },
];
const OWNER: ImportField = { name: 'ownerId', label: 'Owner', aliases: ['Owner name', 'Assigned to'], hint: 'A colleague’s name or e-mail; empty means you' };
const NOTES: ImportField = { name: 'notes', label: 'Notes', aliases: ['Comments'] };

const byName = (options: { value: string; label: string }[]): CellResolver => {
  const index = new Map(options.map((o) => [o.label.trim().toLowerCase(), o.value]));
  return (cell) => index.get(cell.trim().toLowerCase()) ?? cell;
};

function useOwnerResolver() {
  const users = useUserOptions();
  return { ownerId: byName(users) };
}

export const companyImport: ImportDecl = {
  fields: [
    { name: 'name', label: 'Name', required: true, aliases: ['Company', 'Company name', 'Organization', 'Account'] },
    { name: 'status', label: 'Status' },
    { name: 'industry', label: 'Industry', aliases: ['Sector'] },
    { name: 'size', label: 'Size', aliases: ['Company size'] },
    { name: 'employeeCount', label: 'Employees', aliases: ['Employee count', 'Number of employees', 'Headcount'] },
    { name: 'revenue', label: 'Revenue', aliases: ['Annual revenue'] },
    { name: 'website', label: 'Website', aliases: ['URL', 'Web', 'Domain'] },
    { name: 'email', label: 'E-mail', aliases: ['Email address', 'E-mail address'] },
    { name: 'phone', label: 'Phone', aliases: ['Telephone', 'Phone number'] },
    ...ADDRESS, OWNER, NOTES,
  ],
  useHelpers: () => ({ resolve: useOwnerResolver() }),
};

export const contactImport: ImportDecl = {
  fields: [
    { name: 'firstName', label: 'First name', required: true, aliases: ['Given name', 'First'] },
    { name: 'lastName', label: 'Last name', required: true, aliases: ['Surname', 'Family name', 'Last'] },
    { name: 'email', label: 'E-mail', aliases: ['Email address', 'E-mail address'] },
    { name: 'phone', label: 'Phone', aliases: ['Telephone', 'Phone number', 'Work phone'] },
    { name: 'mobile', label: 'Mobile', aliases: ['Cell', 'Mobile phone'] },
    { name: 'jobTitle', label: 'Job title', aliases: ['Title', 'Position', 'Role'] },
    { name: 'companyId', label: 'Company (id)', hint: 'The id of a company of this organization' },
    { name: 'isPrimary', label: 'Primary contact', aliases: ['Primary'] },
    { name: 'preferredContactMethod', label: 'Preferred contact method', aliases: ['Contact method'] },
    { name: 'linkedinUrl', label: 'LinkedIn', aliases: ['LinkedIn URL', 'LinkedIn profile'] },
    { name: 'dateOfBirth', label: 'Date of birth', aliases: ['Birthday', 'Birth date'] },
    ...ADDRESS, OWNER, NOTES,
  ],
  useHelpers: () => ({ resolve: useOwnerResolver() }),
};

const ImportStagesDocument = graphql(`
  query ImportStages {
    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {
      nodes { id name isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }
    }
  }
`);

function useDealHelpers() {
  const owner = useOwnerResolver();
  const { data } = useQuery(ImportStagesDocument, { fetchPolicy: 'cache-first' });
  const pipelines = [...(data?.pipelines.nodes ?? [])].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  // A stage by its name (the default pipeline's first) or as "Pipeline / Stage".
  const options = pipelines.flatMap((p) => p.stages.nodes.flatMap((s) => [{ value: s.id, label: `${p.name} / ${s.name}` }, { value: s.id, label: s.name }]));
  const stage = byName([...options].reverse());
  const first = pipelines[0]?.stages.nodes.find((s) => s.type === 'OPEN');
  return {
    resolve: { ...owner, stageId: stage },
    defaults: first && pipelines[0] ? { stageId: { value: first.id, label: `${pipelines[0].name} / ${first.name}` } } : undefined,
  };
}

export const dealImport: ImportDecl = {
  fields: [
    { name: 'title', label: 'Title', required: true, aliases: ['Deal', 'Deal name', 'Name', 'Opportunity'] },
    { name: 'stageId', label: 'Stage', required: true, aliases: ['Deal stage'], hint: 'A stage’s name; empty means the first stage' },
    { name: 'value', label: 'Value', aliases: ['Amount', 'Deal value'] },
    { name: 'currency', label: 'Currency' },
    { name: 'expectedCloseDate', label: 'Expected close date', aliases: ['Close date', 'Closing date'] },
    { name: 'probability', label: 'Probability', hint: '0 to 1' },
    { name: 'priority', label: 'Priority' },
    { name: 'source', label: 'Source', aliases: ['Lead source'] },
    { name: 'companyId', label: 'Company (id)' },
    { name: 'contactId', label: 'Contact (id)' },
    { name: 'pipelineId', label: 'Pipeline (id)' },
    { name: 'description', label: 'Description', aliases: ['Notes', 'Details'] },
    { name: 'lostReason', label: 'Lost reason' },
    OWNER,
  ],
  useHelpers: useDealHelpers,
};
