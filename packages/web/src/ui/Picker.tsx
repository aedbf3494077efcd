import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDebounced } from '../lib/useDebounced';

export interface Picked { id: string; name: string }
export interface PickerOption extends Picked { detail?: string | null }
/** What a labelled form field (or a bare inline editor, by aria-label) passes to a picker. */
export interface PickerProps { id?: string; 'aria-label'?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }

/**
 * A combobox that chooses one record by typing part of it: `useOptions` answers the typed text
 * (debounced; skipped while closed or empty) with at most a handful of options.
 */
export function Picker({ value, onChange, useOptions, placeholder, id, 'aria-label': label, 'aria-invalid': invalid, 'aria-describedby': describedBy }: {
  value: Picked | null; onChange(value: Picked | null): void; useOptions(search: string | null): PickerOption[]; placeholder: string;
} & PickerProps) {
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  // The blur's delayed close must not undo typing that started again within its delay.
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(closing.current), []);
  const search = useDebounced(text.trim(), 200);
  const options = useOptions(open && search ? search : null);

  const choose = (picked: Picked | null) => {
    onChange(picked ? { id: picked.id, name: picked.name } : null);
    setText(picked?.name ?? '');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); setOpen(true); setActive((i) => Math.min(i + 1, options.length - 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((i) => Math.max(i - 1, 0)); }
    else if (event.key === 'Enter' && open && options[active]) { event.preventDefault(); choose(options[active]!); }
    else if (event.key === 'Escape' && open) { event.preventDefault(); event.stopPropagation(); setOpen(false); }
  };

  return (
    <div className="combo">
      <input
        id={id}
        className="input"
        role="combobox"
        aria-label={label}
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(0); if (!e.target.value) onChange(null); }}
        onFocus={() => { clearTimeout(closing.current); setOpen(true); }}
        onBlur={() => { closing.current = setTimeout(() => { setOpen(false); setText(value?.name ?? ''); }, 150); }}
        onKeyDown={onKeyDown}
      />
      {open && options.length > 0 && (
        <ul className="combo-list" role="listbox" id={listId}>
          {options.map((o, i) => (
            <li key={o.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); choose(o); }}>
              {o.name} {o.detail && <span className="muted">· {o.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
