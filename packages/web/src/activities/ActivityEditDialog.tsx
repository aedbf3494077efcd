import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { BoardFilterOptionsDocument } from '../board/BoardFiltersBar';
import { graphql } from '../gql';
import type { ActivityItemFragment, ActivityType } from '../gql/graphql';
import { errorInfo, fieldError, type ErrorInfo } from '../lib/errors';
import { Button } from '../ui/Button';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toasts';

export const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!, $expectedVersion: Int) {
    updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ActivityWritten }
  }
`);

const DeleteActivityDocument = graphql(`
  mutation DeleteActivity($id: ID!) {
    deleteActivity(id: $id) { id deletedAt }
  }
`);

const TYPES: { type: ActivityType; label: string }[] = [
  { type: 'CALL', label: 'Call' }, { type: 'MEETING', label: 'Meeting' }, { type: 'TASK', label: 'Task' },
  { type: 'EMAIL', label: 'E-mail' }, { type: 'DEADLINE', label: 'Deadline' }, { type: 'NOTE', label: 'Note' },
];

/** `YYYY-MM-DD` and `HH:MM` of an instant in the browser's time zone, for date and time inputs. */
function localParts(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** Edits, reschedules, reassigns or deletes one activity; offered only where the API says the viewer may. */
export function ActivityEditDialog({ activity, open, onClose }: { activity: ActivityItemFragment; open: boolean; onClose(): void }) {
  const formId = useId();
  const toast = useToast();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { data: people } = useQuery(BoardFilterOptionsDocument, { skip: !open, fetchPolicy: 'cache-first' });
  const [update, { loading: saving }] = useMutation(UpdateActivityDocument);
  const [remove, { loading: deleting }] = useMutation(DeleteActivityDocument);
  const due = localParts(activity.dueAt);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const subject = String(form.get('subject') ?? '').trim();
    const date = String(form.get('date') ?? '');
    const time = String(form.get('time') ?? '');
    const found: Record<string, string> = {};
    if (!subject) found.subject = 'What is it about?';
    if (time && !date) found.dueAt = 'Pick a date for this time';
    setProblems(found);
    setError(null);
    if (Object.keys(found).length) return;
    try {
      await update({
        variables: {
          id: activity.id,
          expectedVersion: activity.version,
          input: {
            subject,
            type: String(form.get('type')) as ActivityType,
            description: String(form.get('description') ?? '').trim() || null,
            dueAt: date ? new Date(`${date}T${time || '09:00'}`).toISOString() : null,
            assignedToId: String(form.get('assignedToId') ?? '') || null,
          },
        },
      });
      toast.show({ kind: 'success', message: `“${subject}” saved.` });
      onClose();
    } catch (e) {
      const info = errorInfo(e);
      setError(info.code === 'CONFLICT' ? { ...info, message: 'Someone else changed this activity meanwhile; close and open it again to see the latest.' } : info);
    }
  }

  async function onDelete() {
    try {
      await remove({
        variables: { id: activity.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Activity', id: activity.id }) });
          cache.gc();
        },
      });
      toast.show({ kind: 'success', message: `“${activity.subject}” deleted.` });
      setConfirmDelete(false);
      onClose();
    } catch (e) {
      setConfirmDelete(false);
      setError(errorInfo(e));
    }
  }

  const message = (field: string) => problems[field] ?? fieldError(error, field);
  const general = error && !['subject', 'dueAt', 'type', 'description', 'assignedToId'].some((f) => fieldError(error, f)) ? error.message : null;
  return (
    <>
      <Dialog open={open && !confirmDelete} onClose={onClose} title="Edit activity"
        footer={<>
          {activity.viewerCan.delete && <Button variant="ghost" icon="trash" onClick={() => setConfirmDelete(true)}>Delete</Button>}
          <span className="spacer" />
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={saving}>Save</Button>
        </>}>
        <form id={formId} key={`${activity.id}-${activity.version}`} className="stack" onSubmit={submit} noValidate>
          <Field label="Subject" error={message('subject')}>
            <input className="input" name="subject" defaultValue={activity.subject} maxLength={255} />
          </Field>
          <Field label="Type" error={message('type')}>
            <select className="select" name="type" defaultValue={activity.type}>
              {TYPES.map((t) => <option key={t.type} value={t.type}>{t.label}</option>)}
            </select>
          </Field>
          <div className="grid-2">
            <Field label="Due date" error={message('dueAt')} hint="Empty: no date">
              <input className="input" name="date" type="date" defaultValue={due.date} />
            </Field>
            <Field label="Time">
              <input className="input" name="time" type="time" defaultValue={due.time} />
            </Field>
          </div>
          <Field label="Assigned to" error={message('assignedToId')}>
            <select className="select" name="assignedToId" defaultValue={activity.assignedTo?.id ?? ''}>
              <option value="">Nobody</option>
              {(people?.users.nodes ?? (activity.assignedTo ? [activity.assignedTo] : [])).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </Field>
          <Field label="Details" error={message('description')}>
            <textarea className="textarea" name="description" rows={3} defaultValue={activity.description ?? ''} />
          </Field>
          {general && <p className="form-error" role="alert">{general}</p>}
        </form>
      </Dialog>
      <ConfirmDialog open={confirmDelete} title="Delete activity?" confirmLabel="Delete" busy={deleting} onCancel={() => setConfirmDelete(false)} onConfirm={() => void onDelete()}>
        <p>“{activity.subject}” goes to the trash. An administrator can restore it.</p>
      </ConfirmDialog>
    </>
  );
}

/** A pencil beside an activity that opens its editor, when the viewer may change it. */
export function EditActivityButton({ activity }: { activity: ActivityItemFragment }) {
  const [open, setOpen] = useState(false);
  if (!activity.viewerCan.update) return null;
  return (
    <>
      <Button size="sm" variant="ghost" icon="edit" aria-label={`Edit “${activity.subject}”`} title="Edit" onClick={() => setOpen(true)} />
      {open && <ActivityEditDialog activity={activity} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
