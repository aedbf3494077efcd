import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { graphql } from '../gql';
import type { DealWhere } from '../gql/graphql';
import { useToast } from '../ui/Toasts';
import { errorInfo } from '../lib/errors';
import { appendColumnPage } from './boardCache';

export const BoardColumnPageDocument = graphql(`
  query BoardColumnPage($where: DealWhere!, $after: String!, $first: Int!) {
    deals(where: $where, after: $after, first: $first, orderBy: [{ field: POSITION, direction: ASC }]) {
      pageInfo { hasNextPage endCursor }
      nodes { ...DealCard }
    }
  }
`);

export const COLUMN_PAGE_SIZE = 50;

/** Loads the next page of one column (same order and filter as the board) and appends it in place. */
export function useColumnPaging(boardWhere: DealWhere | null) {
  const client = useApolloClient();
  const toast = useToast();
  const loading = useRef(new Set<string>());

  return useCallback(async (stageId: string, after: string) => {
    const key = `${stageId}:${after}`;
    if (loading.current.has(key)) return;
    loading.current.add(key);
    try {
      const where: DealWhere = boardWhere ? { AND: [boardWhere, { stageId: { eq: stageId } }] } : { stageId: { eq: stageId } };
      const { data } = await client.query({ query: BoardColumnPageDocument, variables: { where, after, first: COLUMN_PAGE_SIZE }, fetchPolicy: 'network-only' });
      if (data) appendColumnPage(client.cache, stageId, after, data.deals);
    } catch (error) {
      toast.show({ kind: 'error', message: `More deals could not be loaded: ${errorInfo(error).message}` });
    } finally {
      setTimeout(() => loading.current.delete(key), 1000);
    }
  }, [client, boardWhere, toast]);
}
