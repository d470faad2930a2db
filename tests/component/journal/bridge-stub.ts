import { vi } from 'vitest';
import type { Channel } from '@shared/channels';
import type { Output } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';

type Handlers = { [C in Channel]?: (input: never) => Output<C> | Promise<Output<C>> };

/** Replaces the preload bridge: each channel answers from `handlers`, or fails as main would. */
export function stubBridge(handlers: Handlers) {
  const invoke = vi.fn(async (channel: Channel, input?: unknown) => {
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } satisfies AppErrorShape };
    try {
      return { ok: true, value: await handler(input) };
    } catch (error) {
      return { ok: false, error: error as AppErrorShape };
    }
  });
  window.landscape = { invoke, on: () => () => {} } as unknown as Window['landscape'];
  return invoke;
}
