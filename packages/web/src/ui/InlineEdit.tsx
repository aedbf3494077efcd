import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './Button';

export interface InlineEditProps {
  label: string;
  /** What is shown when not editing. */
  display: ReactNode;
  /** The editor's starting value. */
  value: string;
  /** Saves; resolves to an error message to show next to the field, or null. */
  onSave(value: string): Promise<string | null>;
  type?: 'text' | 'number' | 'date' | 'textarea' | 'select';
  options?: { value: string; label: string }[];
  placeholder?: string;
  disabled?: boolean;
  validate?(value: string): string | null;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

/**
 * A value that turns into an input when clicked: Enter (or Save) saves, Escape cancels, and a
 * refusal from the server is shown next to the field without losing what was typed.
 */
export function InlineEdit({ label, display, value, onSave, type = 'text', options, placeholder, disabled, validate, inputMode }: InlineEditProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  useEffect(() => {
    if (editing) inputRef.current?.focus();
  }, [editing]);

  const cancel = () => {
    setEditing(false);
    setError(null);
    setDraft(value);
    setTimeout(() => buttonRef.current?.focus());
  };

  const save = async (next = draft) => {
    if (next === value) return cancel();
    const problem = validate?.(next) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    const failure = await onSave(next);
    setSaving(false);
    if (failure) {
      setError(failure);
      return;
    }
    setError(null);
    setEditing(false);
    setTimeout(() => buttonRef.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && (type !== 'textarea' || event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void save();
    }
  };

  if (!editing) {
    return (
      // The name says which field and includes what is shown (axe: label-content-name-mismatch).
      <button ref={buttonRef} type="button" className="inline-edit" disabled={disabled}
        onClick={() => setEditing(true)} style={disabled ? { cursor: 'default' } : undefined}>
        <span className="visually-hidden">{label}: </span>
        {display || <span className="placeholder">{placeholder ?? 'Add'}</span>}
        <span className="visually-hidden">, edit</span>
      </button>
    );
  }
  const common = {
    id,
    ref: inputRef,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    value: draft,
    onKeyDown,
    disabled: saving,
  };
  return (
    <div>
      <div className="inline-edit-form">
        {type === 'textarea' ? (
          <textarea className="textarea" rows={4} {...common} onChange={(e) => setDraft(e.target.value)} />
        ) : type === 'select' ? (
          <select className="select" {...common} onChange={(e) => { setDraft(e.target.value); void save(e.target.value); }}>
            {options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        ) : (
          <input className="input" type={type === 'number' ? 'text' : type} inputMode={inputMode} placeholder={placeholder} {...common} onChange={(e) => setDraft(e.target.value)} />
        )}
        <Button size="sm" variant="primary" icon="check" aria-label={`Save ${label}`} busy={saving} onClick={() => void save()} />
        <Button size="sm" variant="ghost" icon="close" aria-label="Cancel" onClick={cancel} />
      </div>
      {error && <span className="error" id={`${id}-error`} role="alert" style={{ color: 'var(--danger)', fontSize: 12.5 }}>{error}</span>}
    </div>
  );
}
