import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { ActivityItemFragment } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { useToast } from '../ui/Toasts';
import { UpdateActivityDocument } from './ActivityEditDialog';
import { moveToDay } from './weekModel';

// What the optimistic answer copies of the activity's deal, so the board's next-activity marker stays as it was until the server says.
const DealNextActivityFragmentDoc = graphql(`
  fragment DealNextActivity on Deal {
    id
    nextActivityState
    nextActivity { id subject dueAt type }
  }
`);

/** Why a reschedule was refused, in words for the person who dragged it. */
export function rescheduleErrorMessage(subject: string, dayLabel: string, error: unknown): string {
  const info = errorInfo(error);
  switch (info.code) {
    case 'CONFLICT':
      return `“${subject}” was changed by someone else in the meantime, so it was not moved to ${dayLabel}. The week shows the latest version; try again.`;
    case 'NOT_FOUND':
      return `“${subject}” could not be moved: it may have been deleted.`;
    case 'FORBIDDEN':
      return `You may not reschedule “${subject}”: only its owner, its assignee or a manager can.`;
    case 'NETWORK':
      return `“${subject}” was not moved: the server could not be reached. It is back on its day.`;
    default:
      return `“${subject}” could not be moved to ${dayLabel}: ${info.message}`;
  }
}

/**
 * Moves an activity to another day at the same time of day: on screen at once (optimistic), rolled
 * back with a message when the server refuses; a conflict or a missing row refetches the week.
 */
export function useRescheduleActivity(zone: string) {
  const [update] = useMutation(UpdateActivityDocument);
  const client = useApolloClient();
  const toast = useToast();

  return useCallback(async (activity: ActivityItemFragment, day: string, dayLabel: string, options: { confirm?: boolean } = {}): Promise<boolean> => {
    if (!activity.dueAt) return false;
    const dueAt = moveToDay(activity.dueAt, day, zone);
    if (dueAt === activity.dueAt) return true;
    const deal = activity.deal
      ? client.cache.readFragment({ id: client.cache.identify({ __typename: 'Deal', id: activity.deal.id }), fragment: DealNextActivityFragmentDoc })
      : null;
    try {
      await update({
        variables: { id: activity.id, expectedVersion: activity.version, input: { dueAt } },
        optimisticResponse: {
          __typename: 'Mutation',
          updateActivity: {
            ...activity,
            __typename: 'Activity',
            version: activity.version + 1,
            dueAt,
            deal: activity.deal ? {
              ...activity.deal, __typename: 'Deal',
              nextActivityState: deal?.nextActivityState ?? 'FUTURE',
              nextActivity: deal?.nextActivity ?? null,
            } : null,
          },
        },
      });
      if (options.confirm) toast.show({ kind: 'success', message: `“${activity.subject}” moved to ${dayLabel}.` });
      return true;
    } catch (error) {
      toast.show({ kind: 'error', message: rescheduleErrorMessage(activity.subject, dayLabel, error) });
      const code = errorInfo(error).code;
      if (code === 'CONFLICT' || code === 'NOT_FOUND') void client.refetchQueries({ include: ['WeekActivities'] }).catch(() => undefined);
      return false;
    }
  }, [update, client, toast, zone]);
}
