import type { ApolloCache, Reference } from '@apollo/client';

interface StoredConnection { nodes?: Reference[]; totalCount?: number; [key: string]: unknown }

/** Which activity list a stored field holds, from its key arguments. */
function kind(storeFieldName: string): 'open' | 'done' | 'all' {
  if (storeFieldName.includes('"completedAt":{"isNull":true}')) return 'open';
  if (storeFieldName.includes('"completedAt":{"isNull":false}')) return 'done';
  return 'all';
}

function without(list: StoredConnection, ref: string): StoredConnection {
  if (!list?.nodes?.some((n) => n.__ref === ref)) return list;
  return { ...list, nodes: list.nodes.filter((n) => n.__ref !== ref), totalCount: Math.max(0, (list.totalCount ?? 1) - 1) };
}

function withFirst(list: StoredConnection, ref: string): StoredConnection {
  if (!list?.nodes || list.nodes.some((n) => n.__ref === ref)) return list;
  return { ...list, nodes: [{ __ref: ref }, ...list.nodes], totalCount: (list.totalCount ?? 0) + 1 };
}

export interface ActivityLinks { dealId?: string | null; companyId?: string | null; contactId?: string | null }

function linkedEntities(cache: ApolloCache, links: ActivityLinks): string[] {
  return [
    links.dealId && cache.identify({ __typename: 'Deal', id: links.dealId }),
    links.companyId && cache.identify({ __typename: 'Company', id: links.companyId }),
    links.contactId && cache.identify({ __typename: 'Contact', id: links.contactId }),
  ].filter((id): id is string => !!id);
}

/**
 * Puts an activity into the lists it now belongs to and out of the others, without refetching:
 * the "planned" and "history" lists of the deal, company and contact it is linked to, and the
 * user's open-activity lists.
 */
export function placeActivity(cache: ApolloCache, activity: { id: string; completed: boolean; overdue?: boolean }, links: ActivityLinks, options: { created?: boolean } = {}): void {
  const ref = cache.identify({ __typename: 'Activity', id: activity.id });
  if (!ref) return;
  for (const id of linkedEntities(cache, links)) {
    cache.modify<Record<string, StoredConnection>>({
      id,
      fields: {
        activities(existing, { storeFieldName }) {
          const list = existing as StoredConnection;
          const k = kind(storeFieldName);
          if (k === 'all') return (options.created ? withFirst(list, ref) : list) as typeof existing;
          if (k === 'open') return (activity.completed ? without(list, ref) : withFirst(list, ref)) as typeof existing;
          return (activity.completed ? withFirst(list, ref) : without(list, ref)) as typeof existing;
        },
      },
    });
  }
  cache.modify<Record<string, StoredConnection>>({
    id: 'ROOT_QUERY',
    fields: {
      myOpenActivities(existing, { storeFieldName }) {
        const list = existing as StoredConnection;
        if (activity.completed) return without(list, ref) as typeof existing;
        const overdueOnly = storeFieldName.includes('"overdueOnly":true');
        if (overdueOnly && !activity.overdue) return list as typeof existing;
        return withFirst(list, ref) as typeof existing;
      },
      overdueActivities(existing) {
        return (activity.completed ? without(existing as StoredConnection, ref) : existing) as typeof existing;
      },
    },
  });
}
