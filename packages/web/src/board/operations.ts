import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';
import { filtersFromParams, filtersToWhere } from './filters';

// The board's queries, used by the board page and fetched ahead by the app's start-up (prefetchBoard).

export const BoardPipelinesDocument = graphql(`
  query BoardPipelines {
    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {
      nodes { id name isDefault }
    }
  }
`);

export const BoardDocument = graphql(`
  query Board($pipelineId: ID!, $where: DealWhere) {
    board(pipelineId: $pipelineId, where: $where) {
      count
      totals { currency count value weightedValue }
      columns {
        stage { id name color probability type rottingDays position }
        count
        totals { currency count value weightedValue }
        deals(first: 25) {
          pageInfo { hasNextPage endCursor }
          nodes { ...DealCard }
        }
      }
    }
  }
`);

/** Changes to the pipeline's deals by anyone, as they commit; the board then reads itself again. */
export const BoardDealEventsDocument = graphql(`
  subscription BoardDealEvents($pipelineId: ID!) {
    dealEvents(pipelineId: $pipelineId) { action dealId at }
  }
`);

const pipelineKey = (organizationId: string) => `crm.board.pipeline:${organizationId}`;

export function rememberPipeline(organizationId: string, pipelineId: string): void {
  try {
    localStorage.setItem(pipelineKey(organizationId), pipelineId);
  } catch {
    // storage full or disabled: only the prefetch loses
  }
}

/** The pipeline this browser last showed for the organization, if any. */
export function rememberedPipeline(organizationId: string): string | null {
  try {
    return localStorage.getItem(pipelineKey(organizationId));
  } catch {
    return null;
  }
}

/**
 * Starts the board's requests at start-up, in parallel with the page's code and the viewer
 * query, instead of after them: with the pipeline from the URL or the one used last, the board
 * itself is requested at once. The page then finds the answers in the cache (or in flight).
 */
export function prefetchBoard(client: ApolloClient, organizationId: string | null, userId: string, search: string): void {
  const params = new URLSearchParams(search);
  const where = filtersToWhere(filtersFromParams(params), userId);
  const known = params.get('pipeline') ?? (organizationId ? rememberedPipeline(organizationId) : null);
  const board = (pipelineId: string) =>
    client.query({ query: BoardDocument, variables: { pipelineId, where }, context: { consistentRead: true } }).catch(() => undefined);
  const pipelines = client.query({ query: BoardPipelinesDocument }).catch(() => undefined);
  if (known) void board(known);
  else {
    void pipelines.then((result) => {
      const list = result?.data?.pipelines.nodes ?? [];
      const chosen = list.find((p) => p.isDefault) ?? list[0];
      if (chosen) void board(chosen.id);
    });
  }
}
