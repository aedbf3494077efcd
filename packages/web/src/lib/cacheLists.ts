import type { ApolloCache, Reference } from '@apollo/client';

interface StoredConnection { nodes?: Reference[]; totalCount?: number; [key: string]: unknown }

const isFiltered = (storeFieldName: string) => /"where":\{(?!\})/.test(storeFieldName);

/** A record created here appears at the top of the cached unfiltered lists at once (no refetch). */
export function prependToLists(cache: ApolloCache, field: string, typename: string, id: string, owner = 'ROOT_QUERY'): void {
  const ref = cache.identify({ __typename: typename, id });
  if (!ref) return;
  cache.modify<Record<string, StoredConnection>>({
    id: owner,
    fields: {
      [field](existing: StoredConnection, { storeFieldName }: { storeFieldName: string }) {
        if (!existing?.nodes || isFiltered(storeFieldName) || existing.nodes.some((n) => n.__ref === ref)) return existing;
        return { ...existing, nodes: [{ __ref: ref }, ...existing.nodes], totalCount: (existing.totalCount ?? 0) + 1 };
      },
    } as never,
  });
}

/** A deleted record leaves every cached list of that field, and the record itself is dropped. */
export function removeFromLists(cache: ApolloCache, field: string, typename: string, id: string): void {
  const ref = cache.identify({ __typename: typename, id });
  if (!ref) return;
  cache.modify<Record<string, StoredConnection>>({
    id: 'ROOT_QUERY',
    fields: {
      [field](existing: StoredConnection) {
        if (!existing?.nodes?.some((n) => n.__ref === ref)) return existing;
        return { ...existing, nodes: existing.nodes.filter((n) => n.__ref !== ref), totalCount: Math.max(0, (existing.totalCount ?? 1) - 1) };
      },
    } as never,
  });
  cache.evict({ id: ref });
  cache.gc();
}
