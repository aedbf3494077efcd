import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { CompanyPicker, type PickedCompany } from '../companies/CompanyPicker';
import { graphql } from '../gql';
import type { ContactMethod, CreateContactInput } from '../gql/graphql';
import { prependToLists } from '../lib/cacheLists';
import { EMAIL, text, useFormErrors } from '../lib/forms';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toasts';

export const ContactFieldsFragmentDoc = graphql(`
  fragment ContactFields on Contact {
    id
    version
    firstName
    lastName
    email
    phone
    mobile
    jobTitle
    isPrimary
    preferredContactMethod
    linkedinUrl
    city
    country
    notes
    updatedAt
    company { id name }
    owner { id name }
  }
`);

const CreateContactDocument = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) { ...ContactFields }
  }
`);

const UpdateContactDocument = graphql(`
  mutation UpdateContact($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {
    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }
  }
`);

export const CONTACT_METHODS: ContactMethod[] = ['EMAIL', 'PHONE', 'SMS', 'IN_PERSON'];
const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'mobile', 'jobTitle', 'companyId', 'linkedinUrl', 'city', 'country', 'notes', 'preferredContactMethod'] as const;

interface Existing {
  id: string; version: number; firstName: string; lastName: string; email: string | null; phone: string | null; mobile: string | null; jobTitle: string | null;
  isPrimary: boolean; preferredContactMethod: ContactMethod; linkedinUrl: string | null; city: string | null; country: string | null; notes: string | null;
  company: { id: string; name: string } | null;
}

export function ContactFormDialog({ open, onClose, contact, company: presetCompany, onSaved }: {
  open: boolean; onClose(): void; contact?: Existing; company?: PickedCompany; onSaved?(id: string): void;
}) {
  const formId = useId();
  const errors = useFormErrors(FIELDS);
  const toast = useToast();
  const [company, setCompany] = useState<PickedCompany | null>(contact?.company ?? presetCompany ?? null);
  const [create, { loading: creating }] = useMutation(CreateContactDocument);
  const [update, { loading: updating }] = useMutation(UpdateContactDocument);
  useEffect(() => {
    if (open) setCompany(contact?.company ?? presetCompany ?? null);
    // Only when the dialog opens, not on every parent render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, contact?.id, presetCompany?.id]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const input: CreateContactInput = {
      firstName: text(form, 'firstName') ?? '',
      lastName: text(form, 'lastName') ?? '',
      email: text(form, 'email'),
      phone: text(form, 'phone'),
      mobile: text(form, 'mobile'),
      jobTitle: text(form, 'jobTitle'),
      linkedinUrl: text(form, 'linkedinUrl'),
      city: text(form, 'city'),
      country: text(form, 'country'),
      notes: text(form, 'notes'),
      isPrimary: form.get('isPrimary') === 'on',
      preferredContactMethod: (text(form, 'preferredContactMethod') as ContactMethod | null) ?? undefined,
      companyId: company?.id ?? null,
    };
    const problems: Record<string, string> = {};
    if (!input.firstName) problems.firstName = 'Enter the first name';
    if (!input.lastName) problems.lastName = 'Enter the last name';
    if (input.email && !EMAIL.test(input.email)) problems.email = 'Enter a valid e-mail address';
    if (!errors.check(problems, element)) return;
    try {
      if (contact) {
        await update({ variables: { id: contact.id, input, expectedVersion: contact.version } });
        toast.show({ kind: 'success', message: `${input.firstName} ${input.lastName} saved.` });
        onSaved?.(contact.id);
      } else {
        const { data } = await create({
          variables: { input },
          update(cache, { data: created }) {
            if (!created) return;
            const id = created.createContact.id;
            prependToLists(cache, 'contacts', 'Contact', id);
            const companyRef = input.companyId && cache.identify({ __typename: 'Company', id: input.companyId });
            if (companyRef) prependToLists(cache, 'contacts', 'Contact', id, companyRef);
          },
        });
        toast.show({ kind: 'success', message: `${input.firstName} ${input.lastName} added.` });
        if (data) onSaved?.(data.createContact.id);
      }
      onClose();
    } catch (error) {
      errors.fail(error, element);
    }
  }

  const m = errors.message;
  return (
    <Dialog open={open} onClose={() => { errors.reset(); onClose(); }} title={contact ? `Edit ${contact.firstName} ${contact.lastName}` : 'New contact'}
      footer={<><Button onClick={onClose}>Cancel</Button><Button type="submit" form={formId} variant="primary" busy={creating || updating}>{contact ? 'Save' : 'Add contact'}</Button></>}>
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <div className="grid-2">
          <Field label="First name" error={m('firstName')}><input className="input" name="firstName" defaultValue={contact?.firstName} autoFocus maxLength={100} /></Field>
          <Field label="Last name" error={m('lastName')}><input className="input" name="lastName" defaultValue={contact?.lastName} maxLength={100} /></Field>
        </div>
        <Field label="Company" error={m('companyId')}><CompanyPicker value={company} onChange={setCompany} /></Field>
        <div className="grid-2">
          <Field label="Job title" error={m('jobTitle')}><input className="input" name="jobTitle" defaultValue={contact?.jobTitle ?? ''} maxLength={150} /></Field>
          <Field label="Preferred contact" error={m('preferredContactMethod')}>
            <select className="select" name="preferredContactMethod" defaultValue={contact?.preferredContactMethod ?? 'EMAIL'}>
              {CONTACT_METHODS.map((method) => <option key={method} value={method}>{method === 'IN_PERSON' ? 'In person' : method === 'SMS' ? 'SMS' : method[0] + method.slice(1).toLowerCase()}</option>)}
            </select>
          </Field>
        </div>
        <div className="grid-2">
          <Field label="E-mail" error={m('email')}><input className="input" name="email" type="email" defaultValue={contact?.email ?? ''} /></Field>
          <Field label="Phone" error={m('phone')}><input className="input" name="phone" type="tel" defaultValue={contact?.phone ?? ''} /></Field>
        </div>
        <div className="grid-2">
          <Field label="Mobile" error={m('mobile')}><input className="input" name="mobile" type="tel" defaultValue={contact?.mobile ?? ''} /></Field>
          <Field label="LinkedIn" error={m('linkedinUrl')}><input className="input" name="linkedinUrl" type="url" defaultValue={contact?.linkedinUrl ?? ''} /></Field>
        </div>
        <div className="grid-2">
          <Field label="City" error={m('city')}><input className="input" name="city" defaultValue={contact?.city ?? ''} /></Field>
          <Field label="Country" error={m('country')}><input className="input" name="country" defaultValue={contact?.country ?? ''} /></Field>
        </div>
        <label className="checkbox"><input type="checkbox" name="isPrimary" defaultChecked={contact?.isPrimary} /> Primary contact of the company</label>
        <Field label="Notes" error={m('notes')}><textarea className="textarea" name="notes" defaultValue={contact?.notes ?? ''} rows={3} /></Field>
        {errors.general && <p className="form-error" role="alert">{errors.general}</p>}
      </form>
    </Dialog>
  );
}
