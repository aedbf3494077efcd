import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useViewer } from '../auth/Viewer';
import { CompanyPicker, type PickedCompany } from '../companies/CompanyPicker';
import { ContactPicker, type PickedContact } from '../contacts/ContactPicker';
import { graphql } from '../gql';
import { errorInfo, fieldError, type ErrorInfo } from '../lib/errors';
import { focusFirstInvalid } from '../lib/forms';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toasts';
import { addNewDealToCache } from './boardCache';
import { BoardFilterOptionsDocument } from './BoardFiltersBar';

export const CreateDealDocument = graphql(`
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) { ...DealCard pipelineId }
  }
`);

interface Stage { id: string; name: string }

export function validateDeal(values: { title: string; value: string; currency: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = 'Give the deal a title';
  else if (values.title.length > 255) errors.title = 'At most 255 characters';
  if (values.value && !/^\d+(\.\d{1,2})?$/.test(values.value.trim())) errors.value = 'A positive amount, e.g. 12000 or 12000.50';
  if (values.currency && !/^[A-Z]{3}$/.test(values.currency.trim())) errors.currency = 'A three-letter ISO code, e.g. USD';
  return errors;
}

export function NewDealDialog({ open, onClose, stages, pipelineId, onCreated, company: presetCompany }: {
  open: boolean; onClose(): void; stages: Stage[]; pipelineId: string; onCreated?(id: string): void; company?: PickedCompany | null;
}) {
  const viewer = useViewer();
  const toast = useToast();
  const formId = useId();
  const { data: options } = useQuery(BoardFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const [createDeal, { loading }] = useMutation(CreateDealDocument);
  const [company, setCompany] = useState<PickedCompany | null>(presetCompany ?? null);
  const [contact, setContact] = useState<PickedContact | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    if (open) {
      setCompany(presetCompany ?? null);
      setContact(null);
      setErrors({});
      setServerError(null);
    }
    // Only when the dialog opens (or is opened for another company), not on every parent render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, presetCompany?.id]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const values = {
      title: String(form.get('title') ?? ''),
      value: String(form.get('value') ?? '').replace(/[ ,]/g, ''),
      currency: String(form.get('currency') ?? '').toUpperCase(),
      stageId: String(form.get('stageId') ?? ''),
      expectedCloseDate: String(form.get('expectedCloseDate') ?? ''),
      ownerId: String(form.get('ownerId') ?? ''),
    };
    const problems = validateDeal(values);
    setErrors(problems);
    setServerError(null);
    if (Object.keys(problems).length) return focusFirstInvalid(element);
    try {
      const { data } = await createDeal({
        variables: {
          input: {
            title: values.title.trim(),
            value: values.value || null,
            currency: values.currency || undefined,
            stageId: values.stageId,
            pipelineId,
            expectedCloseDate: values.expectedCloseDate || null,
            ownerId: values.ownerId || null,
            companyId: company?.id ?? null,
            contactId: contact?.id ?? null,
          },
        },
        update(cache, { data: created }) {
          const deal = created?.createDeal;
          if (deal) addNewDealToCache(cache, { id: deal.id, value: deal.value, currency: deal.currency, probability: deal.probability, stageId: deal.stageId });
        },
      });
      if (data) {
        const created = data.createDeal;
        onClose();
        if (onCreated) onCreated(created.id);
        else toast.show({ kind: 'success', message: `Deal “${created.title}” created.` });
      }
    } catch (error) {
      setServerError(errorInfo(error));
      focusFirstInvalid(element);
    }
  }

  const message = (field: string) => errors[field] ?? fieldError(serverError, field);
  const general = serverError && !['title', 'value', 'currency', 'stageId', 'expectedCloseDate', 'ownerId', 'companyId', 'contactId'].some((f) => fieldError(serverError, f)) ? serverError.message : null;

  return (
    <Dialog open={open} onClose={onClose} title="New deal"
      footer={<><Button onClick={onClose}>Cancel</Button><Button type="submit" form={formId} variant="primary" busy={loading}>Create deal</Button></>}>
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        <Field label="Title" error={message('title')}>
          <input className="input" name="title" required autoFocus maxLength={255} />
        </Field>
        <div className="grid-2">
          <Field label="Value" error={message('value')}>
            <input className="input" name="value" inputMode="decimal" placeholder="0.00" />
          </Field>
          <Field label="Currency" error={message('currency')}>
            <input className="input" name="currency" defaultValue={viewer.organization.defaultCurrency} maxLength={3} style={{ textTransform: 'uppercase' }} />
          </Field>
        </div>
        <div className="grid-2">
          <Field label="Stage" error={message('stageId')}>
            <select className="select" name="stageId" defaultValue={stages[0]?.id}>
              {stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Field>
          <Field label="Expected close" error={message('expectedCloseDate')}>
            <input className="input" name="expectedCloseDate" type="date" />
          </Field>
        </div>
        <Field label="Company" error={message('companyId')} hint="Optional">
          <CompanyPicker value={company} onChange={(c) => { setCompany(c); if (c?.id !== company?.id) setContact(null); }} />
        </Field>
        <Field label="Contact person" error={message('contactId')} hint={company ? `Optional; people of ${company.name}` : 'Optional'}>
          <ContactPicker key={company?.id ?? 'any'} value={contact} onChange={setContact} companyId={company?.id} />
        </Field>
        <Field label="Owner" error={message('ownerId')}>
          <select className="select" name="ownerId" defaultValue={viewer.user.id}>
            {(options?.users.nodes ?? [{ id: viewer.user.id, name: viewer.user.name }]).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </Field>
        {general && <p className="form-error" role="alert">{general}</p>}
      </form>
    </Dialog>
  );
}
