import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';

const COMMON_REASONS = ['Price too high', 'Chose a competitor', 'No budget', 'No decision / went silent', 'Timing', 'Missing features'];

/** Marking a deal lost asks why (the API requires a reason for LOST stages). */
export function LostReasonDialog({ open, dealTitle, onCancel, onConfirm }: { open: boolean; dealTitle: string; onCancel(): void; onConfirm(reason: string): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (open) {
      setReason('');
      setError(undefined);
    }
  }, [open]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setError('Give a reason: it feeds the won/lost analysis');
      return;
    }
    if (trimmed.length > 500) {
      setError('Keep it under 500 characters');
      return;
    }
    onConfirm(trimmed);
  }

  return (
    <Dialog open={open} onClose={onCancel} title="Mark as lost">
      <form className="stack" onSubmit={submit}>
        <p>Why was <strong>{dealTitle}</strong> lost?</p>
        <div className="row-wrap" role="group" aria-label="Common reasons">
          {COMMON_REASONS.map((r) => (
            <Button key={r} size="sm" aria-pressed={reason === r} onClick={() => { setReason(r); setError(undefined); }}>{r}</Button>
          ))}
        </div>
        <Field label="Lost reason" error={error}>
          <textarea className="textarea" name="lostReason" value={reason} onChange={(e) => { setReason(e.target.value); setError(undefined); }} maxLength={500} rows={3} autoFocus />
        </Field>
        <div className="form-actions">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="danger">Mark as lost</Button>
        </div>
      </form>
    </Dialog>
  );
}
