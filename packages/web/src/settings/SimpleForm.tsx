import { useRef, useState, type FormEvent } from 'react';
import { useFormErrors } from '../lib/forms';
import type { Option } from '../records/resource';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';

export interface FormFieldDecl {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'number' | 'select' | 'color' | 'checkbox' | 'password';
  options?: Option[];
  required?: boolean;
  defaultValue?: string;
  hint?: string;
  placeholder?: string;
  /** A client-side check: a message for people, or null. */
  check?(value: string): string | null;
}

/**
 * A small form declared by its fields, for the settings pages: required fields and checks are
 * refused before sending; the server's BAD_USER_INPUT lands next to its field, anything else
 * above the button.
 */
export function SimpleForm({ fields, submitLabel, onSubmit, disabled, resetOnSuccess = true, className = 'form-grid' }: {
  fields: FormFieldDecl[]; submitLabel: string; onSubmit(values: Record<string, string>): Promise<unknown>; disabled?: boolean; resetOnSuccess?: boolean; className?: string;
}) {
  const errors = useFormErrors(fields.map((f) => f.name));
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = Object.fromEntries(fields.map((f) => [f.name, f.type === 'checkbox' ? (data.get(f.name) ? 'true' : '') : String(data.get(f.name) ?? '').trim()]));
    const problems: Record<string, string> = {};
    for (const f of fields) {
      const value = values[f.name]!;
      if (f.required && !value) problems[f.name] = `${f.label} is required.`;
      else if (value && f.check) {
        const problem = f.check(value);
        if (problem) problems[f.name] = problem;
      }
    }
    if (!errors.check(problems, form)) return;
    setBusy(true);
    try {
      await onSubmit(values);
      if (resetOnSuccess) form.reset();
    } catch (e) {
      errors.fail(e, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className={className} onSubmit={(e) => void submit(e)} noValidate>
      {fields.map((f) => (
        <Field key={f.name} label={f.label} error={errors.message(f.name)} hint={f.hint}>
          {f.type === 'select' ? (
            <select className="select" name={f.name} defaultValue={f.defaultValue} disabled={disabled}>
              {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          ) : f.type === 'checkbox' ? (
            <input type="checkbox" name={f.name} defaultChecked={f.defaultValue === 'true'} disabled={disabled} />
          ) : (
            <input className="input" name={f.name} type={f.type === 'number' ? 'text' : f.type ?? 'text'} inputMode={f.type === 'number' ? 'decimal' : undefined}
              defaultValue={f.defaultValue} placeholder={f.placeholder} disabled={disabled} />
          )}
        </Field>
      ))}
      {errors.general && <p className="form-error" role="alert">{errors.general}</p>}
      {!disabled && <div className="form-actions"><Button type="submit" variant="primary" busy={busy}>{submitLabel}</Button></div>}
    </form>
  );
}

/** Checks for number fields. */
export const wholeNumber = (min = 0, max = Number.MAX_SAFE_INTEGER) => (v: string) =>
  /^-?\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? null : `Enter a whole number from ${min} to ${max.toLocaleString()}.`;
export const percent = (v: string) => (/^\d+(\.\d+)?$/.test(v) && Number(v) <= 100 ? null : 'Enter a percentage from 0 to 100.');
