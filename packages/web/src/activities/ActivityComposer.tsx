import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { ActivityType } from '../gql/graphql';
import { errorInfo, fieldError, type ErrorInfo } from '../lib/errors';
import { todayIso } from '../lib/format';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Icon, type IconName } from '../ui/Icon';
import { useToast } from '../ui/Toasts';
import { onTabListKeyDown } from '../ui/tabs';
import { placeActivity, type ActivityLinks } from './activityCache';

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) { ...ActivityWritten }
  }
`);

const KINDS: { type: ActivityType; label: string; icon: IconName }[] = [
  { type: 'NOTE', label: 'Note', icon: 'note' },
  { type: 'CALL', label: 'Call', icon: 'phone' },
  { type: 'MEETING', label: 'Meeting', icon: 'meeting' },
  { type: 'TASK', label: 'Task', icon: 'task' },
  { type: 'EMAIL', label: 'E-mail', icon: 'mail' },
];

export const ACTIVITY_ICON: Record<ActivityType, IconName> = { NOTE: 'note', CALL: 'phone', MEETING: 'meeting', TASK: 'task', EMAIL: 'mail', DEADLINE: 'flag' };

/** Adds a note, call, meeting, task or e-mail to a deal, company or contact. */
export function ActivityComposer({ links }: { links: ActivityLinks }) {
  const [type, setType] = useState<ActivityType>('NOTE');
  const [create, { loading }] = useMutation(CreateActivityDocument);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<ErrorInfo | null>(null);
  const [formKey, setFormKey] = useState(0);
  const toast = useToast();
  const isNote = type === 'NOTE';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('text') ?? '').trim();
    const subjectInput = String(form.get('subject') ?? '').trim();
    const date = String(form.get('date') ?? '');
    const time = String(form.get('time') ?? '');
    const duration = String(form.get('duration') ?? '');
    const done = form.get('done') === 'on';
    const problems: Record<string, string> = {};
    if (isNote && !text) problems.text = 'Write the note first';
    if (!isNote && !subjectInput) problems.subject = 'What is it about?';
    if (duration && !/^\d+$/.test(duration)) problems.duration = 'Minutes, as a whole number';
    setErrors(problems);
    setServerError(null);
    if (Object.keys(problems).length) return;
    const subject = isNote ? (text.split('\n')[0]!.slice(0, 120) || 'Note') : subjectInput;
    const dueAt = !isNote && date ? new Date(`${date}T${time || '09:00'}`).toISOString() : null;
    try {
      await create({
        variables: {
          input: {
            type,
            subject,
            description: isNote ? text : text || null,
            dueAt,
            durationMinutes: duration ? Number(duration) : null,
            status: isNote || done ? 'COMPLETED' : 'PENDING',
            dealId: links.dealId ?? null,
            companyId: links.companyId ?? null,
            contactId: links.contactId ?? null,
          },
        },
        update(cache, { data }) {
          const a = data?.createActivity;
          if (a) placeActivity(cache, { id: a.id, completed: a.status === 'COMPLETED', overdue: !!a.dueAt && new Date(a.dueAt).getTime() < Date.now() }, links, { created: true });
        },
      });
      setFormKey((k) => k + 1);
      toast.show({ kind: 'success', message: isNote ? 'Note added.' : `${KINDS.find((k) => k.type === type)!.label} “${subject}” scheduled.` });
    } catch (error) {
      setServerError(errorInfo(error));
    }
  }

  const message = (field: string) => errors[field] ?? fieldError(serverError, field);
  return (
    <div className="panel">
      <div className="tabs" role="tablist" aria-label="Add an activity" style={{ padding: '0 8px' }} onKeyDown={onTabListKeyDown}>
        {KINDS.map((k) => (
          <button key={k.type} type="button" role="tab" className="tab" aria-selected={type === k.type} tabIndex={type === k.type ? 0 : -1} onClick={() => { setType(k.type); setErrors({}); }}>
            <span className="row" style={{ gap: 6 }}><Icon name={k.icon} /> {k.label}</span>
          </button>
        ))}
      </div>
      <form key={`${formKey}-${type}`} className="panel-body stack" onSubmit={submit} noValidate role="tabpanel" aria-label={`New ${type.toLowerCase()}`}>
        {isNote ? (
          <Field label="Note" error={message('text') ?? message('subject')} labelHidden>
            <textarea className="textarea" name="text" placeholder="Write a note…" rows={3} />
          </Field>
        ) : (
          <>
            <Field label="Subject" error={message('subject')}>
              <input className="input" name="subject" placeholder={type === 'CALL' ? 'e.g. Discovery call' : type === 'MEETING' ? 'e.g. Demo with the buyer' : 'e.g. Send the proposal'} maxLength={255} />
            </Field>
            <div className="grid-2">
              <Field label="Due date" error={message('dueAt')}>
                <input className="input" name="date" type="date" defaultValue={todayIso()} />
              </Field>
              <Field label="Time">
                <input className="input" name="time" type="time" />
              </Field>
            </div>
            {(type === 'CALL' || type === 'MEETING') && (
              <Field label="Duration (minutes)" error={message('duration') ?? message('durationMinutes')}>
                <input className="input" name="duration" inputMode="numeric" />
              </Field>
            )}
            <Field label="Details" hint="Optional">
              <textarea className="textarea" name="text" rows={2} />
            </Field>
            <label className="checkbox"><input type="checkbox" name="done" /> Already done (log it)</label>
          </>
        )}
        {serverError && !['text', 'subject', 'dueAt', 'duration', 'durationMinutes'].some((f) => message(f)) && <p className="form-error" role="alert">{serverError.message}</p>}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={loading}>{isNote ? 'Add note' : 'Save'}</Button>
        </div>
      </form>
    </div>
  );
}
