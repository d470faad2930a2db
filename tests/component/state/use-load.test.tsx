import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useLoad } from '../../../src/renderer/src/state/use-load';

/** A call that answers only when the test says so, so the order of answers is the test's to choose. */
function deferred() {
  const calls: { input: string; resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  const fetch = (input: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ input, resolve, reject });
    });
  return { calls, fetch };
}

function Probe({
  fetch,
  input,
  onReload,
}: {
  fetch: (input: string) => Promise<string>;
  input: string;
  onReload?: (v: unknown) => void;
}) {
  const { load, reload, retry, update } = useLoad(() => fetch(input), [fetch, input]);
  return (
    <div>
      <p data-testid="shown">
        {load.state === 'loading' ? 'Loading…' : load.state === 'failed' ? `Failed: ${load.error}` : load.value}
      </p>
      <button onClick={retry}>Retry</button>
      <button onClick={() => void reload().then(onReload)}>Reload</button>
      <button onClick={() => update((value) => value.toUpperCase())}>Shout</button>
    </div>
  );
}

const shown = () => screen.getByTestId('shown').textContent;

describe('useLoad', () => {
  it('shows loading, then the answer', async () => {
    const { calls, fetch } = deferred();
    render(<Probe fetch={fetch} input="a" />);
    expect(shown()).toBe('Loading…');
    await act(async () => calls[0]!.resolve('first answer'));
    expect(shown()).toBe('first answer');
    expect(calls.map((c) => c.input)).toEqual(['a']);
  });

  it('shows a failure, and Retry starts again from loading and succeeds', async () => {
    const { calls, fetch } = deferred();
    const user = userEvent.setup();
    render(<Probe fetch={fetch} input="a" />);
    await act(async () => calls[0]!.reject('offline'));
    expect(shown()).toBe('Failed: offline');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(shown()).toBe('Loading…');
    await act(async () => calls[1]!.resolve('back again'));
    expect(shown()).toBe('back again');
  });

  it('keeps what is shown while reloading, and hands the fresh value (or null) to the caller', async () => {
    const { calls, fetch } = deferred();
    const answers: unknown[] = [];
    const user = userEvent.setup();
    render(<Probe fetch={fetch} input="a" onReload={(v) => answers.push(v)} />);
    await act(async () => calls[0]!.resolve('old'));

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(shown()).toBe('old');
    await act(async () => calls[1]!.resolve('new'));
    expect(shown()).toBe('new');

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await act(async () => calls[2]!.reject('offline'));
    expect(shown()).toBe('Failed: offline');
    expect(answers).toEqual(['new', null]);
  });

  it('drops a slow answer overtaken by a newer request, whichever arrives last', async () => {
    const { calls, fetch } = deferred();
    const { rerender } = render(<Probe fetch={fetch} input="old filter" />);
    await act(async () => calls[0]!.resolve('first'));
    rerender(<Probe fetch={fetch} input="slow filter" />);
    rerender(<Probe fetch={fetch} input="new filter" />);
    expect(calls.map((c) => c.input)).toEqual(['old filter', 'slow filter', 'new filter']);
    // What was shown stays while the newer requests run.
    expect(shown()).toBe('first');

    await act(async () => calls[2]!.resolve('answer for new filter'));
    expect(shown()).toBe('answer for new filter');
    await act(async () => calls[1]!.resolve('answer for slow filter'));
    expect(shown()).toBe('answer for new filter');
    await act(async () => calls[1]!.reject('late failure'));
    expect(shown()).toBe('answer for new filter');
  });

  it('drops an answer a Retry has overtaken', async () => {
    const { calls, fetch } = deferred();
    const user = userEvent.setup();
    render(<Probe fetch={fetch} input="a" />);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await act(async () => calls[1]!.resolve('retried'));
    await act(async () => calls[0]!.reject('first try, too late'));
    expect(shown()).toBe('retried');
  });

  it('updates the loaded value in place, and only once there is one', async () => {
    const { calls, fetch } = deferred();
    const user = userEvent.setup();
    render(<Probe fetch={fetch} input="a" />);
    await user.click(screen.getByRole('button', { name: 'Shout' }));
    expect(shown()).toBe('Loading…');
    await act(async () => calls[0]!.resolve('quiet'));
    await user.click(screen.getByRole('button', { name: 'Shout' }));
    expect(shown()).toBe('QUIET');
    expect(calls).toHaveLength(1);
  });
});
