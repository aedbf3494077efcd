import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { Picker, type Picked, type PickerOption, type PickerProps } from '../ui/Picker';

const CompanyPickerDocument = graphql(`
  query CompanyPicker($search: String!) {
    companies(first: 8, where: { search: $search }) { nodes { id name industry } }
  }
`);

export type PickedCompany = Picked;

function useCompanyOptions(search: string | null): PickerOption[] {
  const { data, previousData } = useQuery(CompanyPickerDocument, search ? { variables: { search } } : skipToken);
  return ((data ?? previousData)?.companies.nodes ?? []).map((c) => ({ id: c.id, name: c.name, detail: c.industry }));
}

/** Chooses a company by typing part of its name, domain or e-mail. */
export function CompanyPicker(props: { value: PickedCompany | null; onChange(value: PickedCompany | null): void } & PickerProps) {
  return <Picker {...props} useOptions={useCompanyOptions} placeholder="Type to search companies" />;
}
