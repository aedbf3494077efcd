import { useQuery } from '@apollo/client/react';
import { BoardFilterOptionsDocument } from '../board/BoardFiltersBar';
import { DECIMAL, EMAIL } from '../lib/forms';
import { formatDate, formatNumber } from '../lib/format';
import { formatMoneyExact } from '../lib/money';
import type { FieldDecl, FilterDecl, Option, RenderContext } from './resource';

/** "CUSTOMER" → "Customer", "PHONE_CALL" → "Phone call". */
export const enumLabel = (value: string) => value[0] + value.slice(1).toLowerCase().replace(/_/g, ' ');
export const enumOptions = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: enumLabel(v) }));

type Getter<R> = (record: R) => string | number | boolean | null | undefined;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const nullIfEmpty = (text: string) => (text.trim() ? text.trim() : null);

/** A text field; `required` refuses an empty value, `kind: 'email'` checks the address. */
export function textField<R>(key: string, label: string, get: Getter<R>, options: { required?: boolean; kind?: 'email' | 'textarea'; readOnly?: boolean } = {}): FieldDecl<R> {
  return {
    key, label,
    display: (r) => str(get(r)),
    edit: options.readOnly ? undefined : {
      type: options.kind === 'textarea' ? 'textarea' : 'text',
      value: (r) => str(get(r)),
      validate: (text) => {
        if (options.required && !text.trim()) return `${label} cannot be empty.`;
        if (options.kind === 'email' && text.trim() && !EMAIL.test(text.trim())) return 'Enter an e-mail address like name@example.com.';
        return null;
      },
      toInput: (text) => ({ [key]: options.required ? text.trim() : nullIfEmpty(text) }),
    },
  };
}

export function enumField<R>(key: string, label: string, get: Getter<R>, values: readonly string[], options: { required?: boolean } = {}): FieldDecl<R> {
  return {
    key, label,
    display: (r) => (get(r) ? enumLabel(str(get(r))) : ''),
    edit: {
      type: 'select',
      value: (r) => str(get(r)),
      options: [...(options.required ? [] : [{ value: '', label: '—' }]), ...enumOptions(values)],
      toInput: (text) => ({ [key]: text || null }),
    },
  };
}

export function integerField<R>(key: string, label: string, get: Getter<R>): FieldDecl<R> {
  return {
    key, label,
    display: (r) => (get(r) === null || get(r) === undefined ? '' : formatNumber(get(r) as number)),
    edit: {
      type: 'number', inputMode: 'numeric',
      value: (r) => str(get(r)),
      validate: (text) => (text.trim() && !/^\d+$/.test(text.trim()) ? 'Enter a whole number, like 120.' : null),
      toInput: (text) => ({ [key]: text.trim() ? Number(text.trim()) : null }),
    },
  };
}

/** An amount in a currency, shown exactly as entered. */
export function moneyField<R>(key: string, label: string, get: Getter<R>, currency: (record: R, context: RenderContext) => string): FieldDecl<R> {
  return {
    key, label,
    display: (r, context) => (get(r) ? formatMoneyExact(str(get(r)), currency(r, context)) : ''),
    edit: {
      type: 'number', inputMode: 'decimal',
      value: (r) => str(get(r)),
      validate: (text) => (text.trim() && !DECIMAL.test(text.trim()) ? 'Enter an amount like 1200 or 99.50 (no currency sign, not negative).' : null),
      toInput: (text) => ({ [key]: nullIfEmpty(text) }),
    },
  };
}

export function dateField<R>(key: string, label: string, get: Getter<R>): FieldDecl<R> {
  return {
    key, label,
    display: (r) => (get(r) ? formatDate(str(get(r))) : ''),
    edit: { type: 'date', value: (r) => str(get(r)).slice(0, 10), toInput: (text) => ({ [key]: nullIfEmpty(text) }) },
  };
}

/** A field shown but not edited here (owner, timestamps, links). */
export function shownField<R>(key: string, label: string, display: FieldDecl<R>['display']): FieldDecl<R> {
  return { key, label, display };
}

export function useUserOptions(): Option[] {
  const { data } = useQuery(BoardFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  return data?.users.nodes.map((u) => ({ value: u.id, label: u.name })) ?? [];
}

export const searchFilter = (placeholder: string): FilterDecl => ({ key: 'q', label: 'Search', kind: 'search', placeholder, where: (q) => ({ search: q }) });

export const ownerFilter: FilterDecl = {
  key: 'owner', label: 'Owner', kind: 'select', useOptions: useUserOptions,
  where: (id, { viewerId }) => ({ ownerId: { eq: id === 'me' ? viewerId : id } }),
};

export function enumFilter(key: string, label: string, values: readonly string[]): FilterDecl {
  return { key, label, kind: 'select', options: enumOptions(values), where: (v) => ({ [key]: { eq: v } }) };
}
