import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { amountProblem } from '../board/BoardFiltersBar';
import { setParam, useUpdateParams, useUrlText } from './urlParams';

function Filters() {
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const [min, setMin] = useUrlText(params.get('min') ?? '', (v) => update((p) => setParam(p, 'min', v)), { delay: 50, accept: (t) => amountProblem(t) === null });
  const [max, setMax] = useUrlText(params.get('max') ?? '', (v) => update((p) => setParam(p, 'max', v)), { delay: 50 });
  return (
    <>
      <input aria-label="min" value={min} onChange={(e) => setMin(e.target.value)} />
      <input aria-label="max" value={max} onChange={(e) => setMax(e.target.value)} />
      <button type="button" onClick={() => update((p) => { p.delete('min'); p.delete('max'); })}>clear</button>
      <output data-testid="search">{useLocation().search}</output>
    </>
  );
}

const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('debounced URL filters', () => {
  it('quick edits of min and max never bring back an old value', async () => {
    render(<MemoryRouter initialEntries={['/board?min=100&max=900']}><Routes><Route path="/board" element={<Filters />} /></Routes></MemoryRouter>);
    const user = userEvent.setup();
    const min = screen.getByLabelText('min');
    const max = screen.getByLabelText('max');
    await user.clear(min);
    await user.type(min, '2');
    await pause(70); // min=2 committed
    await user.type(min, '50'); // typing on while the echo of "2" arrives
    await user.clear(max);
    await pause(70);
    expect(min).toHaveValue('250');
    expect(max).toHaveValue('');
    expect(screen.getByTestId('search').textContent).toBe('?min=250');
    await user.click(screen.getByText('clear'));
    await pause(70);
    expect(min).toHaveValue('');
    expect(screen.getByTestId('search').textContent).toBe('');
  });

  it('a negative or malformed minimum is refused and not sent', async () => {
    expect(amountProblem('-5')).toBe('Values cannot be negative.');
    expect(amountProblem('12,5')).toMatch(/amount like/);
    expect(amountProblem('99.50')).toBeNull();
    render(<MemoryRouter initialEntries={['/board?min=100']}><Routes><Route path="/board" element={<Filters />} /></Routes></MemoryRouter>);
    const user = userEvent.setup();
    const min = screen.getByLabelText('min') as HTMLInputElement;
    // Typed over the old value: no empty moment in between for the debounce to send (however slow the machine).
    await user.type(min, '-5', { initialSelectionStart: 0, initialSelectionEnd: min.value.length });
    expect(min).toHaveValue('-5');
    await pause(80);
    expect(screen.getByTestId('search').textContent).toBe('?min=100');
  });
});
