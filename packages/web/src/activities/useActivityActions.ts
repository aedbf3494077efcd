import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { ActivityItemFragment } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { useToast } from '../ui/Toasts';
import { placeActivity } from './activityCache';

export const CompleteActivityDocument = graphql(`
  mutation CompleteActivity($id: ID!) {
    completeActivity(id: $id) { ...ActivityWritten }
  }
`);

export const ReopenActivityDocument = graphql(`
  mutation ReopenActivity($id: ID!) {
    reopenActivity(id: $id) { ...ActivityWritten }
  }
`);

const linksOf = (a: ActivityItemFragment) => ({ dealId: a.deal?.id, companyId: a.company?.id, contactId: a.contact?.id });

/** Complete (with Undo) and reopen, moving the activity between lists in the cache. */
export function useActivityActions() {
  const [complete] = useMutation(CompleteActivityDocument);
  const [reopen] = useMutation(ReopenActivityDocument);
  const toast = useToast();

  const reopenActivity = useCallback(async (activity: ActivityItemFragment) => {
    try {
      await reopen({
        variables: { id: activity.id },
        update(cache, { data }) {
          const a = data?.reopenActivity;
          if (a) placeActivity(cache, { id: a.id, completed: false, overdue: !!a.dueAt && new Date(a.dueAt).getTime() < Date.now() }, linksOf(a));
        },
      });
    } catch (error) {
      toast.show({ kind: 'error', message: `“${activity.subject}” could not be reopened: ${errorInfo(error).message}` });
    }
  }, [reopen, toast]);

  const completeActivity = useCallback(async (activity: ActivityItemFragment) => {
    try {
      await complete({
        variables: { id: activity.id },
        update(cache, { data }) {
          const a = data?.completeActivity;
          if (a) placeActivity(cache, { id: a.id, completed: true }, linksOf(a));
        },
      });
      toast.show({ kind: 'success', message: `Done: ${activity.subject}`, action: { label: 'Undo', onClick: () => void reopenActivity(activity) } });
      return true;
    } catch (error) {
      toast.show({ kind: 'error', message: `“${activity.subject}” could not be completed: ${errorInfo(error).message}` });
      return false;
    }
  }, [complete, toast, reopenActivity]);

  return { completeActivity, reopenActivity };
}
