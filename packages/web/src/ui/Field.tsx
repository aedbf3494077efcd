import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { Icon } from './Icon';

interface FieldProps {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** One input, select or textarea: it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
  className?: string;
  labelHidden?: boolean;
}

/** A labelled form control with its hint and its error message next to it. */
export function Field({ label, error, hint, children, className, labelHidden }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id: (children.props.id as string | undefined) ?? id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })
    : children;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={(children.props.id as string | undefined) ?? id} className={labelHidden ? 'visually-hidden' : undefined}>{label}</label>
      {control}
      {error && (
        <span className="error" id={errorId}>
          <Icon name="alert" /> {error}
        </span>
      )}
      {hint && !error && <span className="hint" id={hintId}>{hint}</span>}
    </div>
  );
}
