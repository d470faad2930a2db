import type { Channel, EventName } from '@shared/channels';
import type { EventPayload, Input, Output } from '@shared/contract';
import type { AppErrorShape, ErrorCode } from '@shared/errors';

/** A failed call, carrying main's typed error so screens can show it in words. */
export class CallError extends Error {
  readonly code: ErrorCode;
  constructor(error: AppErrorShape) {
    super(error.message);
    this.name = 'CallError';
    this.code = error.code;
  }
}

export async function call<C extends Channel>(
  channel: C,
  ...input: Input<C> extends undefined ? [] : [Input<C>]
): Promise<Output<C>> {
  const result = await window.landscape.invoke(channel, ...input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.landscape.on(event, listener);
}
