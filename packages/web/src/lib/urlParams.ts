import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * Changes the query string starting from the URL as it is now (not as it was when the calling
 * closure was made): a debounced commit of one filter can then never put back a value another
 * filter (or "Clear filters") has changed meanwhile, even before React has rendered that change.
 */
export function useUpdateParams(): (change: (params: URLSearchParams) => void) => void {
  const navigate = useNavigate();
  const { search } = useLocation();
  const latest = useRef(search);
  const written = useRef<string | null>(null);
  // A render brings the router's URL; until then the last one written here is the newest.
  if (written.current === null || written.current === search) {
    latest.current = search;
    written.current = null;
  }
  return useCallback((change) => {
    const params = new URLSearchParams(latest.current);
    change(params);
    const next = params.toString() ? `?${params}` : '';
    latest.current = next;
    written.current = next;
    void navigate({ search: next }, { replace: true });
  }, [navigate]);
}

/** Sets or (for '') deletes one parameter. */
export function setParam(params: URLSearchParams, key: string, value: string): void {
  if (value) params.set(key, value);
  else params.delete(key);
}

/**
 * A text filter typed into locally and written to the URL once typing pauses. The URL's value is
 * taken over only when it changes from elsewhere (clear, back button), never when it is the echo
 * of an earlier commit, so quick edits are not overwritten by the value they replaced.
 */
export function useUrlText(value: string, commit: (value: string) => void, options: { delay?: number; accept?(text: string): boolean } = {}) {
  const { delay = 350, accept } = options;
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    setText(value);
  }, [value]);
  useEffect(() => {
    if (text === committed.current || (accept && !accept(text))) return;
    const timer = setTimeout(() => {
      committed.current = text;
      commitRef.current(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay, accept]);
  return [text, setText] as const;
}
