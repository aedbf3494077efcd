import { useId, useState } from 'react';
import { Button } from '../ui/Button';

/** A secret or link shown once, selectable, with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="field copy-field" role="status">
      <label htmlFor={id}>{label}</label>
      <div className="row" style={{ gap: 8 }}>
        <input id={id} className="input mono" readOnly value={value} onFocus={(e) => e.target.select()} data-testid="copy-value" />
        <Button size="sm" icon={copied ? 'check' : undefined} onClick={() => void copy()}>{copied ? 'Copied' : 'Copy'}</Button>
      </div>
    </div>
  );
}
