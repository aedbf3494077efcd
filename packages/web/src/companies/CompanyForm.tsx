import { useMutation } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { CompanySize, CompanyStatus, CreateCompanyInput } from '../gql/graphql';
import { prependToLists } from '../lib/cacheLists';
import { DECIMAL, EMAIL, text, useFormErrors } from '../lib/forms';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toasts';

export const CompanyFieldsFragmentDoc = graphql(`
  fragment CompanyFields on Company {
    id
    version
    name
    industry
    status
    size
    revenue
    employeeCount
    website
    email
    phone
    addressLine1
    city
    state
    postalCode
    country
    notes
    updatedAt
    owner { id name }
  }
`);

const CreateCompanyDocument = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) { ...CompanyFields }
  }
`);

const UpdateCompanyDocument = graphql(`
  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {
    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }
  }
`);

export const COMPANY_STATUSES: CompanyStatus[] = ['PROSPECT', 'ACTIVE', 'CUSTOMER', 'INACTIVE', 'CHURNED'];
export const COMPANY_SIZES: CompanySize[] = ['STARTUP', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'];
export const label = (value: string) => value[0] + value.slice(1).toLowerCase();

const FIELDS = ['name', 'industry', 'status', 'size', 'revenue', 'employeeCount', 'website', 'email', 'phone', 'city', 'country', 'notes'] as const;

interface Existing {
  id: string; version: number; name: string; industry: string | null; status: CompanyStatus; size: CompanySize | null; revenue: string | null;
  employeeCount: number | null; website: string | null; email: string | null; phone: string | null; city: string | null; country: string | null; notes: string | null;
}

/** Create or edit a company; problems show next to their fields (client checks, then the server's). */
export function CompanyFormDialog({ open, onClose, company, onSaved }: { open: boolean; onClose(): void; company?: Existing; onSaved?(id: string): void }) {
  const formId = useId();
  const errors = useFormErrors(FIELDS);
  const toast = useToast();
  const [create, { loading: creating }] = useMutation(CreateCompanyDocument);
  const [update, { loading: updating }] = useMutation(UpdateCompanyDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const input: CreateCompanyInput = {
      name: text(form, 'name') ?? '',
      industry: text(form, 'industry'),
      status: (text(form, 'status') as CompanyStatus | null) ?? undefined,
      size: text(form, 'size') as CompanySize | null,
      revenue: text(form, 'revenue')?.replace(/[ ,]/g, '') ?? null,
      employeeCount: text(form, 'employeeCount') ? Number(text(form, 'employeeCount')) : null,
      website: text(form, 'website'),
      email: text(form, 'email'),
      phone: text(form, 'phone'),
      city: text(form, 'city'),
      country: text(form, 'country'),
      notes: text(form, 'notes'),
    };
    const problems: Record<string, string> = {};
    if (!input.name) problems.name = 'Enter the company name';
    if (input.email && !EMAIL.test(input.email)) problems.email = 'Enter a valid e-mail address';
    if (input.revenue && !DECIMAL.test(input.revenue)) problems.revenue = 'A positive amount, e.g. 2500000';
    if (text(form, 'employeeCount') && !/^\d+$/.test(text(form, 'employeeCount')!)) problems.employeeCount = 'A whole number';
    if (!errors.check(problems, element)) return;
    try {
      if (company) {
        await update({ variables: { id: company.id, input, expectedVersion: company.version } });
        toast.show({ kind: 'success', message: `${input.name} saved.` });
        onSaved?.(company.id);
      } else {
        const { data } = await create({
          variables: { input },
          update(cache, { data: created }) {
            if (created) prependToLists(cache, 'companies', 'Company', created.createCompany.id);
          },
        });
        toast.show({ kind: 'success', message: `${input.name} created.` });
        if (data) onSaved?.(data.createCompany.id);
      }
      onClose();
    } catch (error) {
      errors.fail(error, element);
    }
  }

  const m = errors.message;
  return (
    <Dialog open={open} onClose={() => { errors.reset(); onClose(); }} title={company ? `Edit ${company.name}` : 'New company'}
      footer={<><Button onClick={onClose}>Cancel</Button><Button type="submit" form={formId} variant="primary" busy={creating || updating}>{company ? 'Save' : 'Create company'}</Button></>}>
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Field label="Name" error={m('name')}><input className="input" name="name" defaultValue={company?.name} required autoFocus maxLength={255} /></Field>
        <div className="grid-2">
          <Field label="Industry" error={m('industry')}><input className="input" name="industry" defaultValue={company?.industry ?? ''} maxLength={100} /></Field>
          <Field label="Status" error={m('status')}>
            <select className="select" name="status" defaultValue={company?.status ?? 'PROSPECT'}>
              {COMPANY_STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
            </select>
          </Field>
        </div>
        <div className="grid-2">
          <Field label="Size" error={m('size')}>
            <select className="select" name="size" defaultValue={company?.size ?? ''}>
              <option value="">—</option>
              {COMPANY_SIZES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
            </select>
          </Field>
          <Field label="Employees" error={m('employeeCount')}><input className="input" name="employeeCount" inputMode="numeric" defaultValue={company?.employeeCount ?? ''} /></Field>
        </div>
        <div className="grid-2">
          <Field label="Annual revenue" error={m('revenue')}><input className="input" name="revenue" inputMode="decimal" defaultValue={company?.revenue ?? ''} /></Field>
          <Field label="Website" error={m('website')}><input className="input" name="website" type="url" defaultValue={company?.website ?? ''} placeholder="example.com" /></Field>
        </div>
        <div className="grid-2">
          <Field label="E-mail" error={m('email')}><input className="input" name="email" type="email" defaultValue={company?.email ?? ''} /></Field>
          <Field label="Phone" error={m('phone')}><input className="input" name="phone" type="tel" defaultValue={company?.phone ?? ''} /></Field>
        </div>
        <div className="grid-2">
          <Field label="City" error={m('city')}><input className="input" name="city" defaultValue={company?.city ?? ''} /></Field>
          <Field label="Country" error={m('country')}><input className="input" name="country" defaultValue={company?.country ?? ''} /></Field>
        </div>
        <Field label="Notes" error={m('notes')}><textarea className="textarea" name="notes" defaultValue={company?.notes ?? ''} rows={3} /></Field>
        {errors.general && <p className="form-error" role="alert">{errors.general}</p>}
      </form>
    </Dialog>
  );
}
