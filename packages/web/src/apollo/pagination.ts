import type { FieldPolicy, Reference } from '@apollo/client';

interface StoredConnection {
  __typename?: string;
  nodes?: Reference[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null; [key: string]: unknown };
  totalCount?: number;
  [key: string]: unknown;
}

const refKey = (node: Reference | { __ref?: string }) => (node as { __ref?: string }).__ref ?? JSON.stringify(node);

/**
 * A Relay connection read with `first`/`after` and shown as one growing list ("load more", infinite
 * scroll): a page with `after` is appended to what is cached for the same filter and order, a page
 * without it starts the list again.
 */
export function pagedConnection(keyArgs: string[] | false): FieldPolicy<StoredConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing?.nodes || !args?.after || !incoming.nodes) return incoming;
      const seen = new Set(existing.nodes.map(refKey));
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((n) => !seen.has(refKey(n)))] };
    },
  };
}

interface StoredColumn { stage?: Reference; deals?: StoredConnection; [key: string]: unknown }

/**
 * The fresh first page of a column replaces the head of the cached list and the pages loaded
 * further down by scrolling stay (with their cursor), minus cards the fresh page now holds.
 */
export function refreshHead(cached: StoredConnection | undefined, incoming: StoredConnection): StoredConnection {
  const head = incoming.nodes;
  const list = cached?.nodes;
  if (!head || !list || !incoming.pageInfo?.hasNextPage || list.length <= head.length) return incoming;
  const inHead = new Set(head.map(refKey));
  const last = head[head.length - 1];
  const lastIndex = last ? list.findIndex((n) => refKey(n) === refKey(last)) : -1;
  const tail = list.slice(lastIndex >= 0 ? lastIndex + 1 : head.length).filter((n) => !inHead.has(refKey(n)));
  if (!tail.length) return incoming;
  return { ...incoming, nodes: [...head, ...tail], pageInfo: { ...incoming.pageInfo, ...cached!.pageInfo } };
}

/**
 * The board's columns are re-read every few seconds (polling) with the first page of each: the
 * columns are matched to the cached ones by stage, and each keeps the pages loaded by scrolling,
 * so a poll never collapses a column the user has scrolled into. (Apollo gives nested merge
 * functions inside lists no existing value, hence a merge on the whole list of columns.)
 */
export function pollingColumns(): FieldPolicy<StoredColumn[]> {
  return {
    merge(existing, incoming) {
      if (!existing?.length) return incoming;
      const byStage = new Map(existing.map((column) => [column.stage?.__ref, column]));
      return incoming.map((column) => {
        const cached = byStage.get(column.stage?.__ref);
        if (!cached?.deals || !column.deals) return column;
        const deals = refreshHead(cached.deals, column.deals);
        return deals === column.deals ? column : { ...column, deals };
      });
    },
  };
}
