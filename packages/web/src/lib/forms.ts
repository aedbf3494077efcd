import { useState } from 'react';
import { errorInfo, fieldError, type ErrorInfo } from './errors';

/**
 * Client-side checks and the server's BAD_USER_INPUT answer (extensions.field "input.email")
 * merged into one message per field; what no field shows is the form's general error.
 */
export function useFormErrors(fields: readonly string[]) {
  const [local, setLocal] = useState<Record<string, string>>({});
  const [server, setServer] = useState<ErrorInfo | null>(null);
  const message = (field: string): string | undefined => local[field] ?? fieldError(server, field);
  const shownByField = !!server && fields.some((f) => fieldError(server, f));
  return {
    message,
    general: server && !shownByField ? server.message : null,
    serverError: server,
    reset() {
      setLocal({});
      setServer(null);
    },
    /** Sets client-side problems (focusing the first field in error); true when there are none. */
    check(problems: Record<string, string>, form?: HTMLFormElement | null): boolean {
      setLocal(problems);
      setServer(null);
      const ok = Object.keys(problems).length === 0;
      if (!ok) focusFirstInvalid(form);
      return ok;
    },
    fail(error: unknown, form?: HTMLFormElement | null) {
      setServer(errorInfo(error));
      focusFirstInvalid(form);
    },
  };
}

/** After the errors render, moves focus to the first field marked invalid so it is announced. */
export function focusFirstInvalid(form: HTMLFormElement | null | undefined): void {
  if (!form) return;
  setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const DECIMAL = /^\d+(\.\d{1,2})?$/;

/** Form text: trimmed, empty → null (the API clears a field with null). */
export function text(form: FormData, name: string): string | null {
  const value = String(form.get(name) ?? '').trim();
  return value ? value : null;
}
