import type { Result } from './errors';
import type { Channel, EventName } from './channels';
import type { EventPayload, Input, Output } from './contract';

/** What the preload puts on `window.landscape`, and what the test bridge's page shim imitates. */
export interface LandscapeApi {
  invoke<C extends Channel>(
    channel: C,
    ...input: Input<C> extends undefined ? [] : [Input<C>]
  ): Promise<Result<Output<C>>>;
  /** Returns a function that removes the listener. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
