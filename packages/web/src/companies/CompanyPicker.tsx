import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { graphql } from '../gql';
import { useDebounced } from '../lib/useDebounced';

const CompanyPickerDocument = graphql(`
  query CompanyPicker($search: String!) {
    companies(first: 8, where: { search: $search }) { nodes { id name industry } }
  }
`);

export interface PickedCompany { id: string; name: string }

/** Chooses a company by typing part of its name (a combobox over companies(where: { search })). */
export function CompanyPicker({ value, onChange, id, 'aria-invalid': invalid, 'aria-describedby': describedBy }: {
  value: PickedCompany | null; onChange(value: PickedCompany | null): void; id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string;
}) {
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const search = useDebounced(text.trim(), 200);
  const { data, previousData } = useQuery(CompanyPickerDocument, open && search ? { variables: { search } } : skipToken);
  const options = (data ?? previousData)?.companies.nodes ?? [];

  const choose = (company: PickedCompany | null) => {
    onChange(company);
    setText(company?.name ?? '');
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
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="Type to search companies"
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(0); if (!e.target.value) onChange(null); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => { setOpen(false); setText(value?.name ?? ''); }, 150)}
        onKeyDown={onKeyDown}
      />
      {open && options.length > 0 && (
        <ul className="combo-list" role="listbox" id={listId}>
          {options.map((c, i) => (
            <li key={c.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); choose(c); }}>
              {c.name} {c.industry && <span className="muted">· {c.industry}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
