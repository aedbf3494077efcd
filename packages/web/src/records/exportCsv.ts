import { sessionStore } from '../auth/session';

/** EMPLOYEE_COUNT → employeeCount: the export names fields as the schema's object types do. */
export const camelField = (field: string) => field.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The export's address: GET /export/<plural>.csv with the list's where, orderBy and columns. */
export function exportUrl(plural: string, where: unknown, orderBy: { field: string; direction: string }[], fields: string[]): string {
  const params = new URLSearchParams();
  if (where) params.set('where', JSON.stringify(where));
  if (orderBy.length) params.set('orderBy', JSON.stringify(orderBy.map((o) => ({ field: camelField(o.field), direction: o.direction }))));
  params.set('fields', fields.join(','));
  return `/export/${plural}.csv?${params}`;
}

/**
 * Downloads the CSV with the session's headers (a plain link could not send them) and hands it to
 * the browser as a file. Resolves to an error message for people, or null.
 */
export async function downloadCsv(url: string, filename: string): Promise<string | null> {
  let response: Response;
  try {
    const token = await sessionStore.accessToken().catch(() => sessionStore.get()?.accessToken ?? null);
    const organizationId = sessionStore.organizationId();
    response = await fetch(url, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(token && organizationId ? { 'x-organization-id': organizationId } : {}) },
    });
  } catch {
    return 'Could not reach the server. Check your connection and try again.';
  }
  if (!response.ok) {
    if (response.status === 403) return 'Your role may not export this list.';
    if (response.status === 429) return 'Too many requests in a short time. Wait a moment and try again.';
    if (response.status === 401) return 'Your session has ended. Sign in again to export.';
    return 'The export could not be made. Please try again.';
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return null;
}
