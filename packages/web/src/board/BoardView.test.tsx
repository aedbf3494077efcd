import { useQuery } from '@apollo/client/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { FormattedExecutionResult } from 'graphql';
import { deferred, Providers, scriptedClient } from '../../test/apollo';
import { boardFixture, deal } from '../../test/board-fixture';
import type { DealCardFragment } from '../gql/graphql';
import { BoardDocument } from './operations';
import { BoardView } from './BoardView';
import { useMoveDeal, type MoveRequest } from './useMoveDeal';

const variables = { pipelineId: 'p1', where: null };
let move: (request: MoveRequest) => Promise<boolean>;

function Harness() {
  const { data } = useQuery(BoardDocument, { variables });
  move = useMoveDeal();
  return data ? <BoardView board={data.board} where={null} canEdit onOpenDeal={() => undefined} /> : <p>Loading</p>;
}

const column = (name: string) => screen.getByRole('region', { name });
const cardsIn = (name: string) => [...column(name).querySelectorAll('[data-deal-id]')].map((e) => e.getAttribute('data-deal-id'));
const countOf = (name: string) => within(column(name)).getByTestId('column-count').textContent;
const totalsOf = (name: string) => within(column(name)).getByTestId('column-totals').textContent;

const stage = { qualified: { id: 'qualified', name: 'Qualified', type: 'OPEN' as const, probability: 0.5 }, lost: { id: 'lost', name: 'Closed Lost', type: 'LOST' as const, probability: 0 } };
const alpha = () => boardFixture().board.columns[0]!.deals.nodes[0]!;

function setup(moveResult: () => Promise<FormattedExecutionResult>) {
  const { client, calls } = scriptedClient({
    Board: () => ({ data: boardFixture() }),
    MoveDeal: () => moveResult(),
    DealCardRefresh: () => ({ data: { __typename: 'Query', deal: deal('a', 'Alpha', '1000.00', 'new', { version: 5 }) } }),
  });
  render(<Providers client={client}><Harness /></Providers>);
  return { client, calls };
}

function moved(card: DealCardFragment, toStageId: string, version: number): FormattedExecutionResult {
  return { data: { __typename: 'Mutation', moveDeal: { ...card, stageId: toStageId, version, daysInStage: 0 } } };
}

describe('the board moves a deal at once and settles with the server', () => {
  it('shows the move before the server answers, with both columns’ counts and totals, and keeps it when confirmed', async () => {
    const answer = deferred<FormattedExecutionResult>();
    const { calls, client } = setup(() => answer.promise);
    await screen.findByText('Alpha');
    expect(cardsIn('New')).toEqual(['a', 'b', 'c']);
    expect(totalsOf('New')).toContain('$6,000');

    let settled!: Promise<boolean>;
    await act(async () => {
      settled = move({ deal: alpha(), fromStageId: 'new', toStage: stage.qualified, afterDealId: 'd', beforeDealId: null });
    });

    // Optimistic: already on screen while the request is pending.
    expect(cardsIn('New')).toEqual(['b', 'c']);
    expect(cardsIn('Qualified')).toEqual(['d', 'a']);
    expect(countOf('New')).toBe('2');
    expect(countOf('Qualified')).toBe('2');
    expect(totalsOf('New')).toContain('$5,000');
    expect(totalsOf('New')).toContain('weighted $500');
    expect(totalsOf('Qualified')).toContain('$5,000');
    expect(totalsOf('Qualified')).toContain('weighted $2,500');
    const request = calls.find((c) => c.operationName === 'MoveDeal')!;
    expect(request.variables.input).toEqual({ dealId: 'a', toStageId: 'qualified', afterDealId: 'd', beforeDealId: null, expectedVersion: 3, lostReason: null });

    await act(async () => {
      answer.resolve(moved(alpha(), 'qualified', 4));
      await settled;
    });
    expect(await settled).toBe(true);
    expect(cardsIn('Qualified')).toEqual(['d', 'a']);
    expect(cardsIn('New')).toEqual(['b', 'c']);
    expect(countOf('Qualified')).toBe('2');
    // The pipeline totals in the cache moved the weighted value only: 1000 × (0.5 − 0.1).
    const board = client.readQuery({ query: BoardDocument, variables })!.board;
    expect(board.count).toBe(9);
    expect(board.totals[0]).toMatchObject({ value: '15000.00', weightedValue: '8000.00' });
    expect(calls.filter((c) => c.operationName === 'Board')).toHaveLength(1);
  });

  it('puts the card back with its totals and says why when the server refuses with CONFLICT', async () => {
    const answer = deferred<FormattedExecutionResult>();
    const { calls } = setup(() => answer.promise);
    await screen.findByText('Alpha');

    let settled!: Promise<boolean>;
    await act(async () => {
      settled = move({ deal: alpha(), fromStageId: 'new', toStage: stage.qualified, afterDealId: null, beforeDealId: 'd' });
    });
    expect(cardsIn('Qualified')).toEqual(['a', 'd']);

    await act(async () => {
      answer.resolve({ errors: [{ message: 'This deal was changed since version 3', extensions: { code: 'CONFLICT', currentVersion: 5 } }] });
      await settled;
    });
    expect(await settled).toBe(false);
    expect(cardsIn('New')).toEqual(['a', 'b', 'c']);
    expect(cardsIn('Qualified')).toEqual(['d']);
    expect(countOf('New')).toBe('3');
    expect(totalsOf('New')).toContain('$6,000');
    expect(totalsOf('Qualified')).toContain('$4,000');
    expect(screen.getByRole('alert')).toHaveTextContent('“Alpha” was changed by someone else in the meantime, so it was not moved to Qualified');
    // The deal's current version is fetched so the next attempt can succeed.
    await waitFor(() => expect(calls.some((c) => c.operationName === 'DealCardRefresh')).toBe(true));
  });

  it('rolls back a close (Lost) that fails on the network, with a message', async () => {
    const { calls } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    await screen.findByText('Alpha');
    await act(async () => {
      await move({ deal: alpha(), fromStageId: 'new', toStage: stage.lost, lostReason: 'Price too high' });
    });
    expect(calls.find((c) => c.operationName === 'MoveDeal')!.variables.input).toMatchObject({ toStageId: 'lost', lostReason: 'Price too high' });
    expect(cardsIn('New')).toEqual(['a', 'b', 'c']);
    expect(countOf('New')).toBe('3');
    expect(screen.getByRole('alert')).toHaveTextContent('the server could not be reached');
  });

  it('moves a deal with the keyboard: Space picks it up, arrows choose the column, Space drops it', async () => {
    const answer = deferred<FormattedExecutionResult>();
    const { calls } = setup(() => answer.promise);
    await screen.findByText('Alpha');
    mockLayout();
    const card = column('New').querySelector<HTMLElement>('[data-deal-id="a"]')!;
    card.focus();
    const press = async (target: Element | Document, code: string, key: string) => {
      await act(async () => {
        fireEvent.keyDown(target, { code, key });
        // The keyboard sensor starts listening for the next keys on a timer.
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    };
    await press(card, 'Space', ' ');
    expect(document.querySelector('[id^=DndLiveRegion]')?.textContent).toMatch(/Alpha is over New/);
    await press(document, 'ArrowRight', 'ArrowRight');
    expect(document.querySelector('[id^=DndLiveRegion]')?.textContent).toMatch(/Alpha is over Qualified/);
    await press(document, 'Space', ' ');
    const request = calls.find((c) => c.operationName === 'MoveDeal');
    expect(request?.variables.input).toMatchObject({ dealId: 'a', toStageId: 'qualified' });
    expect(cardsIn('Qualified')).toContain('a');
    expect(cardsIn('New')).toEqual(['b', 'c']);
    await act(async () => { answer.resolve(moved(alpha(), 'qualified', 4)); });
  });
});

/** jsdom has no layout: give columns and cards the rectangles a browser would. */
function mockLayout() {
  const sections = () => [...document.querySelectorAll('section.column')];
  const original = Element.prototype.getBoundingClientRect;
  jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function rect(this: Element): DOMRect {
    // The drag overlay starts exactly over the card it lifts.
    const overlay = this.matches('[data-overlay]') ? this : this.querySelector('[data-overlay]');
    if (overlay) {
      const source = document.querySelector(`section.column [data-deal-id="${overlay.getAttribute('data-deal-id')}"]`);
      if (source) return rect.call(source);
    }
    const section = this.closest('section.column');
    const index = section ? sections().indexOf(section) : -1;
    const left = index * 300;
    let top = 0;
    let height = 0;
    let width = 280;
    let x = left;
    if (this.matches('[data-deal-id]')) {
      const item = this.parentElement as HTMLElement;
      top = 100 + parseFloat(item.style.top || '0');
      height = 96;
      width = 264;
      x = left + 8;
    } else if (this.matches('.column-body')) {
      top = 100;
      height = 700;
    } else if (this.matches('section.column')) {
      height = 800;
    } else {
      return original.call(this);
    }
    return { x, y: top, top, left: x, right: x + width, bottom: top + height, width, height, toJSON() {} } as DOMRect;
  });
}
