import { formatMoneyExact, fromCents, toCents } from './money';
/** Display formatting, in the browser's locale. */
const moneyFormatters = new Map<string, Intl.NumberFormat>();

function moneyFormatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(undefined, compact
        ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
        : { style: 'currency', currency });
    } catch {
      formatter = new Intl.NumberFormat(undefined, { maximumFractionDigits: compact ? 1 : 0, notation: compact ? 'compact' : 'standard' });
    }
    moneyFormatters.set(key, formatter);
  }
  return formatter;
}

/** Money in its currency: exactly as entered, or compact ("$1.2M") for chart axes and cards. */
export function formatMoney(value: string | number | null | undefined, currency: string, options: { compact?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  if (!options.compact) return formatMoneyExact(typeof value === 'number' ? fromCents(toCents(value.toFixed(2))) : value, currency);
  return moneyFormatter(currency, true).format(Number(value));
}

const dateFormatter = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const shortDateFormatter = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateTimeFormatter = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dateTimeYearFormatter = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const timeFormatter = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** A calendar date "YYYY-MM-DD" (no time zone) for display. */
export function formatDate(date: string | null | undefined, options: { short?: boolean } = {}): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const value = new Date(y, m - 1, d);
  if (options.short && y === new Date().getFullYear()) return shortDateFormatter.format(value);
  return dateFormatter.format(value);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return (date.getFullYear() === new Date().getFullYear() ? dateTimeFormatter : dateTimeYearFormatter).format(date);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return timeFormatter.format(new Date(iso));
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return relative.format(seconds, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86400 * 30) return relative.format(Math.round(seconds / 86400), 'day');
  return formatDateTime(iso);
}

export function formatPercent(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${(value * 100).toFixed(digits)}%`;
}

export function formatNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat().format(Number(value));
}

/** Today as "YYYY-MM-DD" in local time. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function initials(name: string | null | undefined): string {
  if (!name) return '?';
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]!.toUpperCase()).join('');
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
