import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src/main/app/dispatch';
import type { HandlerTable } from '../../../src/main/app/handler-table';
import { CHANNELS } from '@shared/channels';
import { AppError } from '@shared/errors';

/** A table whose every handler fails loudly, with a few real ones swapped in per test. */
function table(overrides: Partial<HandlerTable>): HandlerTable {
  const base = Object.fromEntries(CHANNELS.map((c) => [c, () => Promise.reject(new Error(`unexpected ${c}`))]));
  return { ...base, ...overrides } as HandlerTable;
}

describe('dispatch', () => {
  it('passes a valid payload to its handler and wraps the value', async () => {
    const unlock = vi.fn(async ({ passphrase }: { passphrase: string }) => ({
      state: 'unlocked' as const,
      dir: passphrase,
      rememberSupported: false,
      remembered: false,
    }));
    const result = await dispatch(table({ 'vault:unlock': unlock }), 'vault:unlock', { passphrase: 'x' });
    expect(result).toEqual({
      ok: true,
      value: { state: 'unlocked', dir: 'x', rememberSupported: false, remembered: false },
    });
  });

  it('answers a malformed payload with INVALID_INPUT and never calls the handler', async () => {
    const unlock = vi.fn();
    for (const bad of [undefined, null, 42, { passphrase: 7 }, { passphrase: '' }, { passphrase: 'x'.repeat(5000) }]) {
      const result = await dispatch(table({ 'vault:unlock': unlock }), 'vault:unlock', bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
    expect(unlock).not.toHaveBeenCalled();
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    for (const channel of ['vault:explode', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(table({}), channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('turns an AppError into its typed shape', async () => {
    const failing = table({
      'vault:unlock': async () => {
        throw new AppError('WRONG_PASSPHRASE', 'That passphrase does not open this journal.');
      },
    });
    expect(await dispatch(failing, 'vault:unlock', { passphrase: 'x' })).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase does not open this journal.' },
    });
  });

  it('hides an unexpected crash behind INTERNAL, without its stack', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const crashing = table({
      'vault:status': async () => {
        throw new TypeError('secret internals at /home/x');
      },
    });
    const result = await dispatch(crashing, 'vault:status', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).not.toContain('/home/x');
    }
  });
});
