import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { DealCardFragment, StageType } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { useToast } from '../ui/Toasts';
import { applyMoveToCache } from './boardCache';
import { DealCardFragmentDoc } from './DealCard';
import type { DealFacts, MoveSpec } from './boardModel';

export const MoveDealDocument = graphql(`
  mutation MoveDeal($input: MoveDealInput!) {
    moveDeal(input: $input) { ...DealCard }
  }
`);

const DealCardRefreshDocument = graphql(`
  query DealCardRefresh($id: ID!) {
    deal(id: $id) { ...DealCard }
  }
`);

export interface StageRef {
  id: string;
  name: string;
  type: StageType;
  probability: number;
}

export interface MoveRequest {
  deal: DealCardFragment;
  fromStageId: string;
  toStage: StageRef;
  afterDealId?: string | null;
  beforeDealId?: string | null;
  lostReason?: string | null;
  /** For closing moves: where Undo puts the deal back. */
  undo?: { stage: StageRef; afterDealId: string | null; beforeDealId: string | null };
}

function statusFor(type: StageType) {
  return type === 'WON' ? 'WON' : type === 'LOST' ? 'LOST' : 'OPEN';
}

/** Why a move was refused, in words for the person who made it. */
export function moveErrorMessage(title: string, toStage: string, error: unknown): string {
  const info = errorInfo(error);
  switch (info.code) {
    case 'CONFLICT':
      return `“${title}” was changed by someone else in the meantime, so it was not moved to ${toStage}. The board shows the latest version; try again.`;
    case 'NOT_FOUND':
      return `“${title}” could not be moved: ${info.message}. It may have been deleted.`;
    case 'FORBIDDEN':
      return `You may not move “${title}”: ${info.message}`;
    case 'NETWORK':
      return `“${title}” was not moved: the server could not be reached. It is back where it was.`;
    default:
      return `“${title}” could not be moved to ${toStage}: ${info.message}`;
  }
}

/**
 * moveDeal with the result on screen at once: the card, both columns' counts and totals and the
 * pipeline totals change optimistically; on an error the optimistic layer is dropped (the card
 * returns) and a message says why. A CONFLICT also fetches the deal's current version.
 */
export function useMoveDeal() {
  const [mutate] = useMutation(MoveDealDocument);
  const client = useApolloClient();
  const toast = useToast();

  const move = useCallback(async (request: MoveRequest): Promise<boolean> => {
    const { deal, toStage } = request;
    const spec: MoveSpec = {
      dealId: deal.id,
      toStageId: toStage.id,
      afterDealId: request.afterDealId ?? null,
      beforeDealId: request.beforeDealId ?? null,
      fromStageId: request.fromStageId,
    };
    const changesStage = toStage.id !== request.fromStageId;
    const status = statusFor(toStage.type);
    const now = new Date().toISOString();
    try {
      await mutate({
        variables: {
          input: {
            dealId: deal.id,
            toStageId: toStage.id,
            afterDealId: spec.afterDealId,
            beforeDealId: spec.beforeDealId,
            expectedVersion: deal.version,
            lostReason: request.lostReason ?? null,
          },
        },
        optimisticResponse: {
          __typename: 'Mutation',
          moveDeal: {
            ...deal,
            __typename: 'Deal',
            version: deal.version + 1,
            stageId: toStage.id,
            status,
            daysInStage: changesStage ? 0 : deal.daysInStage,
            isRotting: changesStage ? false : deal.isRotting,
            stageEnteredAt: changesStage ? now : deal.stageEnteredAt,
            closedAt: status === 'OPEN' ? null : deal.status === status ? deal.closedAt : now,
            lostReason: status === 'LOST' ? request.lostReason ?? deal.lostReason : null,
          },
        },
        update(cache, { data }) {
          const moved = data?.moveDeal;
          if (!moved) return;
          const facts: DealFacts = { id: moved.id, value: moved.value, currency: moved.currency, probability: moved.probability };
          applyMoveToCache(cache, spec, facts);
        },
      });
      const undo = request.undo;
      if (status !== 'OPEN' && undo && changesStage) {
        toast.show({
          kind: 'success',
          message: `“${deal.title}” marked as ${status === 'WON' ? 'won' : 'lost'}.`,
          action: {
            label: 'Undo',
            onClick: () => {
              const current = client.cache.readFragment({ id: client.cache.identify({ __typename: 'Deal', id: deal.id }), fragment: DealCardFragmentDoc, fragmentName: 'DealCard' });
              if (current) void move({ deal: current, fromStageId: toStage.id, toStage: undo.stage, afterDealId: undo.afterDealId, beforeDealId: undo.beforeDealId });
            },
          },
        });
      }
      return true;
    } catch (error) {
      const info = errorInfo(error);
      toast.show({ kind: 'error', message: moveErrorMessage(deal.title, toStage.name, error) });
      if (info.code === 'CONFLICT' || info.code === 'NOT_FOUND') {
        // Someone else changed it: show their version (the board, and the deal if it is further down a column).
        void client.refetchQueries({ include: ['Board'] }).catch(() => undefined);
        void client.query({ query: DealCardRefreshDocument, variables: { id: deal.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
      }
      return false;
    }
  }, [mutate, client, toast]);

  return move;
}
