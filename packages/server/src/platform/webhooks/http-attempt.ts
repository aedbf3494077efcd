import http from 'node:http';
import https from 'node:https';
import { allowedAddresses, BlockedAddressError, checkedLookup } from './address';

export interface AttemptOutcome {
  delivered: boolean;
  responseCode: number | null;
  error: string | null;
}

/** Bytes of an answer read at most (kept for nothing but draining politely); the rest is cut off. */
const MAX_RESPONSE_BYTES = 4096;

/**
 * One POST: connects only to checked addresses, follows no redirect (a 3xx is a failed attempt, so
 * no redirect can lead to a private address), gives up after `timeoutMs` for the whole exchange.
 */
export async function postOnce(rawUrl: string, body: string, headers: Record<string, string>, timeoutMs: number, allowPrivate: boolean, signal?: AbortSignal): Promise<AttemptOutcome> {
  const url = new URL(rawUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { delivered: false, responseCode: null, error: 'Only http and https URLs can receive webhooks' };
  try {
    // IP literals never reach the lookup below: check them (and names, early) here.
    await allowedAddresses(url.hostname, allowPrivate);
  } catch (error) {
    return { delivered: false, responseCode: null, error: error instanceof BlockedAddressError ? error.message : `Could not resolve ${url.hostname}` };
  }
  if (signal?.aborted) return { delivered: false, responseCode: null, error: 'Stopped' };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      request.destroy();
      resolve(outcome);
    };
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: checkedLookup(allowPrivate),
      agent: false,
    }, (response) => {
      const code = response.statusCode ?? null;
      let read = 0;
      const done = () => finish(code !== null && code >= 200 && code < 300
        ? { delivered: true, responseCode: code, error: null }
        : { delivered: false, responseCode: code, error: code !== null && code >= 300 && code < 400 ? `Redirect (${code}) not followed` : `HTTP ${code}` });
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= MAX_RESPONSE_BYTES) done();
      });
      response.on('end', done);
      response.on('error', done);
    });
    const timer = setTimeout(() => finish({ delivered: false, responseCode: null, error: `No answer within ${timeoutMs} ms` }), timeoutMs);
    // The server is stopping: the caller sees the signal and leaves the attempt unrecorded.
    const stop = () => finish({ delivered: false, responseCode: null, error: 'Stopped' });
    signal?.addEventListener('abort', stop, { once: true });
    request.on('error', (error: NodeJS.ErrnoException) => finish({ delivered: false, responseCode: null, error: error instanceof BlockedAddressError ? error.message : `${error.code ?? 'Error'}: ${error.message}`.slice(0, 300) }));
    request.end(body);
  });
}
