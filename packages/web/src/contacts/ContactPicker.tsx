import { skipToken, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import { Picker, type Picked, type PickerOption, type PickerProps } from '../ui/Picker';

const ContactPickerDocument = graphql(`
  query ContactPicker($where: ContactWhere!) {
    contacts(first: 8, where: $where) { nodes { id firstName lastName email company { id name } } }
  }
`);

export type PickedContact = Picked;

/** Chooses a contact by name, e-mail, phone or company; with `companyId`, among that company's people only. */
export function ContactPicker({ companyId, ...props }: { value: PickedContact | null; onChange(value: PickedContact | null): void; companyId?: string | null } & PickerProps) {
  const useOptions = useCallback(function useContactOptions(search: string | null): PickerOption[] {
    const where = { search: search ?? '', ...(companyId ? { companyId: { eq: companyId } } : {}) };
    const { data, previousData } = useQuery(ContactPickerDocument, search ? { variables: { where } } : skipToken);
    return ((data ?? previousData)?.contacts.nodes ?? []).map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}`.trim(), detail: c.email ?? c.company?.name }));
  }, [companyId]);
  return <Picker {...props} useOptions={useOptions} placeholder={companyId ? 'Type to search this company’s contacts' : 'Type to search contacts'} />;
}
