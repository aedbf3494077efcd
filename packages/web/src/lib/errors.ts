import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ErrorInfo {
  /** extensions.code of the first GraphQL error, NETWORK when the server was not reached. */
  code: string;
  message: string;
  /** For BAD_USER_INPUT: the input path, e.g. "input.email". */
  field?: string;
  /** Every field message the server listed. */
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
}

const FRIENDLY: Record<string, string> = {
  NETWORK: 'Could not reach the server. Check your connection and try again.',
  FORBIDDEN: 'You do not have permission to do this.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
  RATE_LIMITED: 'Too many requests in a short time. Wait a moment and try again.',
};

/** A uniform view of Apollo's error classes for the UI. */
export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    const fields: Record<string, string> = {};
    for (const e of error.errors) {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      if (typeof ext.field === 'string' && !fields[ext.field]) fields[ext.field] = e.message;
      const listed = ext.fields as { field: string; messages: string[] }[] | undefined;
      if (Array.isArray(listed)) {
        for (const f of listed) {
          const key = f.field.includes('.') ? f.field : `input.${f.field}`;
          if (!fields[key] && f.messages?.[0]) fields[key] = f.messages[0];
        }
      }
    }
    if (code === 'BAD_USER_INPUT') for (const key of Object.keys(fields)) fields[key] = inPeoplesWords(fields[key]!, undefined, code);
    const raw = code === 'FORBIDDEN' && !first?.message ? FRIENDLY.FORBIDDEN : first?.message || FRIENDLY[code] || 'Something went wrong';
    const message = code === 'BAD_USER_INPUT' ? inPeoplesWords(raw, undefined, code) : raw;
    return { code, message, field: typeof extensions.field === 'string' ? extensions.field : undefined, fields, extensions };
  }
  if (ServerError.is(error)) {
    let parsed: { errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
    try {
      parsed = JSON.parse(error.bodyText);
    } catch {
      parsed = undefined;
    }
    const first = parsed?.errors?.[0];
    const code = (first?.extensions?.code as string | undefined) ?? (error.statusCode === 401 ? 'UNAUTHENTICATED' : error.statusCode === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR');
    return { code, message: first?.message ?? FRIENDLY[code] ?? error.message, fields: {}, extensions: first?.extensions ?? {} };
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { code: 'NETWORK', message: FRIENDLY.NETWORK, fields: {}, extensions: {} };
  }
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : 'Something went wrong', fields: {}, extensions: {} };
}

/** The message for one form field, accepting "input.email" or "email". */
export function fieldError(info: ErrorInfo | null | undefined, field: string): string | undefined {
  if (!info) return undefined;
  return info.fields[`input.${field}`] ?? info.fields[field];
}

/** "expectedCloseDate" → "Expected close date", "input.ownerId" → "Owner". */
export const fieldLabel = (name: string) => {
  const words = name.replace(/^input\./, '').replace(/Id$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
};

const SAYINGS: [RegExp, (label: string, m: RegExpMatchArray) => string][] = [
  [/ is required$/, (l) => `${l} is missing.`],
  [/ must be a whole number$/, (l) => `${l} must be a whole number, like 120.`],
  [/ must be a number$/, (l) => `${l} must be a number, like 0.25.`],
  [/ must be yes or no$/, (l) => `${l} must be yes or no.`],
  [/^Decimal must be|must be a decimal number|must not be negative/, (l) => `${l} must be an amount like 1200 or 99.50 (no currency sign, not negative).`],
  [/ must be below 1(0+) in magnitude/, (l, m) => `${l} is too large (at most ${m[1]!.length} digits before the decimal point).`],
  [/^Date must be/, (l) => `${l} must be a date like 2026-03-31.`],
  [/ must be a date and time$/, (l) => `${l} must be a date and time, like 2026-03-31 14:00.`],
  [/ISO 4217/, (l) => `${l} must be a three-letter currency code, like USD or EUR.`],
  [/ must be an? URL( address)?$/, (l) => `${l} must be a web address, like example.com.`],
  [/ must be an email$/, (l) => `${l} must be an e-mail address, like name@example.com.`],
  [/ must be longer than or equal to 1 characters?$/, (l) => `${l} cannot be empty.`],
  [/ must be longer than or equal to (\d+) characters?$/, (l, m) => `${l} must be at least ${m[1]} characters.`],
  [/ must be shorter than or equal to (\d+) characters?$/, (l, m) => `${l} can be at most ${m[1]} characters.`],
  [/ must not be greater than (\S+)$/, (l, m) => `${l} can be at most ${m[1]}.`],
  [/ must not be less than (\S+)$/, (l, m) => `${l} must be at least ${m[1]}.`],
  [/ must be one of (.+)$/, (l, m) => `${l} must be one of: ${m[1]!.split(/,\s*/).map((v) => v.toLowerCase().replace(/_/g, ' ')).join(', ')}.`],
  [/ must be a JSON object$/, (l) => `${l} must be a JSON object, like {"key": "value"}.`],
];

/**
 * A server message (class-validator's "website must be an URL address", a scalar's "Decimal must be
 * a string…") in people's words, naming the field by its label.
 */
export function inPeoplesWords(message: string, label?: string, code?: string): string {
  const property = /^([a-z][A-Za-z0-9]*) (?:is|must)\b/.exec(message)?.[1];
  const name = label ?? (property ? fieldLabel(property) : 'This value');
  for (const [pattern, say] of SAYINGS) {
    const match = message.match(pattern);
    if (match) return say(name, match);
  }
  if (code === 'NOT_FOUND' || /does not exist|not found/i.test(message)) return `${name} refers to a record that does not exist (or was deleted).`;
  if (code === 'CONFLICT' && /unique|already/i.test(message)) return `${name} is already used by another record.`;
  return message;
}
