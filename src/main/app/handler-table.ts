import type { Channel } from '@shared/channels';
import type { Output, ParsedInput } from '@shared/contract';

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>;

/** One handler per channel: a missing one is a compile error where the table is built. */
export type HandlerTable = { [C in Channel]: Handler<C> };
