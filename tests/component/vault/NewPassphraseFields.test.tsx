// The new-passphrase fields show main's rating, and are ready only when the rating is of what is typed now:
// an answer for an earlier, stronger value never lets a weaker one through.
import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PassphraseStrength } from '@shared/passphrase-strength';
import { NewPassphraseFields, useNewPassphrase } from '../../../src/renderer/src/features/vault/NewPassphraseFields';
import { stubBridge } from '../journal/bridge-stub';

const STRONG: PassphraseStrength = { score: 4, label: 'Very strong', hints: [], acceptable: true };
const WEAK: PassphraseStrength = { score: 1, label: 'Weak', hints: ['Add another word.'], acceptable: false };

/** Answers each rating when the test says, so it can arrive after the next key. */
function deferredRatings() {
  const pending = new Map<string, (s: PassphraseStrength) => void>();
  stubBridge({
    'vault:ratePassphrase': ({ passphrase }: { passphrase: string }) =>
      new Promise<PassphraseStrength>((resolve) => pending.set(passphrase, resolve)),
  } as never);
  return (passphrase: string, strength: PassphraseStrength) =>
    act(async () => {
      pending.get(passphrase)!(strength);
      await Promise.resolve();
    });
}

afterEach(() => vi.restoreAllMocks());

describe('useNewPassphrase', () => {
  it('is ready only once main has rated the passphrase now typed as acceptable, and both match', async () => {
    const answer = deferredRatings();
    const { result } = renderHook(() => useNewPassphrase());
    act(() => {
      result.current.setValue('walnut ferry cobbler astronomy');
      result.current.setConfirm('walnut ferry cobbler astronomy');
    });
    expect(result.current.ready).toBe(false);
    await answer('walnut ferry cobbler astronomy', STRONG);
    expect(result.current.ready).toBe(true);
  });

  it('is not ready while the value now typed waits for its rating, nor on a late answer for an earlier one', async () => {
    const answer = deferredRatings();
    const { result } = renderHook(() => useNewPassphrase());
    act(() => result.current.setValue('walnut ferry cobbler astronomy'));
    await answer('walnut ferry cobbler astronomy', STRONG);
    act(() => result.current.setValue('walnut ferry'));
    act(() => {
      result.current.setValue('walnut');
      result.current.setConfirm('walnut');
    });
    // The meter keeps the last rating it had, but it is not the rating of "walnut".
    expect(result.current.strength).toEqual(STRONG);
    expect(result.current.ready).toBe(false);
    await answer('walnut ferry', STRONG);
    expect(result.current.ready).toBe(false);
    await answer('walnut', WEAK);
    expect(result.current.strength).toEqual(WEAK);
    expect(result.current.ready).toBe(false);
  });
});

describe('NewPassphraseFields', () => {
  it("shows main's label and hints under the field", async () => {
    const answer = deferredRatings();
    function Form() {
      const state = useNewPassphrase();
      return (
        <>
          <button onClick={() => state.setValue('kettle tundra')}>type</button>
          <NewPassphraseFields state={state} label="Passphrase" againLabel="Again" />
        </>
      );
    }
    render(<Form />);
    const meter = () => screen.getByRole('meter', { name: 'Passphrase strength' }).parentElement!.textContent;
    expect(meter()).toBe('Use four or more unrelated words.');
    act(() => screen.getByRole('button', { name: 'type' }).click());
    expect(meter()).toBe('Checking the passphrase…');
    await answer('kettle tundra', WEAK);
    expect(meter()).toBe('WeakAdd another word.');
  });
});
