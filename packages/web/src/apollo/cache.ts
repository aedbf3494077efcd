import { InMemoryCache } from '@apollo/client';
import { pagedConnection, pollingColumns } from './pagination';

const listArgs = ['where', 'orderBy', 'withDeleted'];

/**
 * Normalised cache: every record by id, connections that page in place, the board's columns
 * refreshed by polling without losing the pages scrolled into.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          companies: pagedConnection(listArgs),
          contacts: pagedConnection(listArgs),
          deals: pagedConnection(listArgs),
          activities: pagedConnection(listArgs),
          users: pagedConnection(listArgs),
          teams: pagedConnection(listArgs),
          pipelines: pagedConnection(listArgs),
          myOpenActivities: pagedConnection(['overdueOnly']),
          overdueActivities: pagedConnection(listArgs),
        },
      },
      Viewer: { keyFields: [] },
      Board: { keyFields: false, merge: true, fields: { columns: pollingColumns() } },
      // One page per column in the board query: stored as plain "deals" whatever its arguments.
      BoardColumn: { keyFields: false, fields: { deals: { keyArgs: false } } },
      Company: {
        fields: { deals: pagedConnection(listArgs), contacts: pagedConnection(listArgs), activities: pagedConnection(listArgs) },
      },
      Contact: {
        fields: { deals: pagedConnection(listArgs), activities: pagedConnection(listArgs) },
      },
      Deal: {
        fields: { activities: pagedConnection(listArgs), stageChanges: pagedConnection(listArgs) },
      },
      SearchHit: { keyFields: ['type', 'id'] },
      MoneyTotal: { keyFields: false },
    },
  });
}
