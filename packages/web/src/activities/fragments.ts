import { graphql } from '../gql';

export const ActivityItemFragmentDoc = graphql(`
  fragment ActivityItem on Activity {
    id
    version
    type
    subject
    description
    status
    dueAt
    completedAt
    durationMinutes
    outcome
    priority
    createdAt
    assignedTo { id name }
    deal { id title }
    company { id name }
    contact { id firstName lastName }
    viewerCan { update delete }
  }
`);

// One shape for a record's planned and done lists, so every record page selects the same fields.
export const ActivityListFragmentDoc = graphql(`
  fragment ActivityList on ActivityConnection {
    totalCount
    nodes { ...ActivityItem }
  }
`);

// What an activity write returns: the item, and its deal's next-activity state that the board shows.
export const ActivityWrittenFragmentDoc = graphql(`
  fragment ActivityWritten on Activity {
    ...ActivityItem
    deal { id nextActivityState nextActivity { id subject dueAt type } }
  }
`);
