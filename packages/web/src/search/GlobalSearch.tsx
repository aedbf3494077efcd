import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { SearchResultType } from '../gql/graphql';
import { useDebounced } from '../lib/useDebounced';
import { Icon } from '../ui/Icon';

const GlobalSearchDocument = graphql(`
  query GlobalSearch($query: String!) {
    search(query: $query, first: 12) { id type title subtitle rank }
  }
`);

const TYPE_LABEL: Record<SearchResultType, string> = { DEAL: 'Deal', COMPANY: 'Company', CONTACT: 'Contact' };
const DEAL_STATUS: Record<string, string> = { OPEN: 'open', WON: 'won', LOST: 'lost' };

function subtitle(type: SearchResultType, text: string | null | undefined): string | null {
  if (!text) return null;
  return type === 'DEAL' ? DEAL_STATUS[text] ?? text.toLowerCase() : text;
}

export function hitPath(type: SearchResultType, id: string): string {
  return type === 'DEAL' ? `/deals/${id}` : type === 'COMPANY' ? `/companies/${id}` : `/contacts/${id}`;
}

/** Companies, contacts and deals as you type; arrows move, Enter opens, Escape closes, "/" focuses. */
export function GlobalSearch() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 200);
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const { data, loading, previousData } = useQuery(GlobalSearchDocument, query.length >= 1 ? { variables: { query }, fetchPolicy: 'cache-first' } : skipToken);
  const hits = (data ?? previousData)?.search ?? [];
  const showList = open && text.trim().length > 0;

  useEffect(() => setActive(0), [query]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function go(index: number) {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    setText('');
    inputRef.current?.blur();
    navigate(hitPath(hit.type, hit.id));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i + 1) % hits.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (hits.length ? (i - 1 + hits.length) % hits.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(active);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else {
        setText('');
      }
    }
  }

  const activeId = showList && hits[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="search" role="search">
      <span className="search-icon"><Icon name="search" /></span>
      <label htmlFor={`${listId}-input`} className="visually-hidden">Search companies, contacts and deals</label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className="input"
        type="search"
        placeholder="Search companies, contacts, deals…"
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {!text && <kbd aria-hidden="true">/</kbd>}
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Search results">
          {hits.map((hit, index) => (
            <li key={`${hit.type}:${hit.id}`} id={`${listId}-${index}`} role="option" aria-selected={index === active}
              onMouseDown={(e) => { e.preventDefault(); go(index); }} onMouseEnter={() => setActive(index)}>
              <span className="type">{TYPE_LABEL[hit.type]}</span>
              <span className="truncate"><strong>{hit.title}</strong>{hit.subtitle && <span className="muted"> · {subtitle(hit.type, hit.subtitle)}</span>}</span>
            </li>
          ))}
          {!hits.length && <li className="empty" role="option" aria-selected={false} aria-disabled="true">{loading || query !== text.trim() ? 'Searching…' : 'No matches'}</li>}
        </ul>
      )}
    </div>
  );
}
