import { gql } from '@apollo/client';
import { createCache } from '../apollo/cache';
import { placeActivity } from './activityCache';

const DEAL = gql`
  query D($id: ID!) {
    deal(id: $id) {
      id
      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { totalCount nodes { id subject } }
      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { totalCount nodes { id subject } }
    }
  }
`;
const MINE = gql`query M { open: myOpenActivities(first: 50) { totalCount nodes { id subject } } }`;
const activity = (id: string) => ({ __typename: 'Activity', id, subject: `Task ${id}` });
const list = (ids: string[]) => ({ __typename: 'ActivityConnection', totalCount: ids.length, nodes: ids.map(activity) });

describe('activities move between lists in the cache', () => {
  it('completing moves an activity from planned to history and out of my open activities', () => {
    const cache = createCache();
    cache.writeQuery({ query: DEAL, variables: { id: 'd1' }, data: { deal: { __typename: 'Deal', id: 'd1', planned: list(['a1', 'a2']), history: list(['h1']) } } });
    cache.writeQuery({ query: MINE, data: { open: list(['a1', 'x']) } });
    placeActivity(cache, { id: 'a1', completed: true }, { dealId: 'd1' });
    const deal = cache.readQuery<{ deal: { planned: { totalCount: number; nodes: { id: string }[] }; history: { totalCount: number; nodes: { id: string }[] } } }>({ query: DEAL, variables: { id: 'd1' } })!.deal;
    expect(deal.planned.nodes.map((n) => n.id)).toEqual(['a2']);
    expect(deal.planned.totalCount).toBe(1);
    expect(deal.history.nodes.map((n) => n.id)).toEqual(['a1', 'h1']);
    const mine = cache.readQuery<{ open: { totalCount: number; nodes: { id: string }[] } }>({ query: MINE })!.open;
    expect(mine.nodes.map((n) => n.id)).toEqual(['x']);
    expect(mine.totalCount).toBe(1);
  });

  it('a new planned activity joins the planned list and my open activities', () => {
    const cache = createCache();
    cache.writeQuery({ query: DEAL, variables: { id: 'd1' }, data: { deal: { __typename: 'Deal', id: 'd1', planned: list([]), history: list([]) } } });
    cache.writeQuery({ query: MINE, data: { open: list([]) } });
    cache.writeFragment({ id: 'Activity:n1', fragment: gql`fragment A on Activity { id subject }`, data: activity('n1') });
    placeActivity(cache, { id: 'n1', completed: false }, { dealId: 'd1' }, { created: true });
    expect(cache.readQuery<{ deal: { planned: { nodes: { id: string }[] } } }>({ query: DEAL, variables: { id: 'd1' } })!.deal.planned.nodes.map((n) => n.id)).toEqual(['n1']);
    expect(cache.readQuery<{ open: { nodes: { id: string }[] } }>({ query: MINE })!.open.nodes.map((n) => n.id)).toEqual(['n1']);
  });
});
