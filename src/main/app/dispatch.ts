import { CHANNELS, type Channel } from '@shared/channels';
import { contract } from '@shared/contract';
import { AppError, fail, ok, type Result } from '@shared/errors';
import type { HandlerTable } from './handler-table';

const known = new Set<string>(CHANNELS);

/**
 * The single way a call reaches a handler, shared by ipcMain and the test bridge:
 * unknown channels and malformed payloads become typed errors, never crashes or hangs.
 */
export async function dispatch(table: HandlerTable, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (typeof channel !== 'string' || !known.has(channel)) {
    return fail('UNKNOWN_CHANNEL', 'The app asked for something this version does not know how to do.');
  }
  const name = channel as Channel;
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    return fail('INVALID_INPUT', `That request was not in the expected shape${where}: ${first?.message ?? 'invalid'}.`);
  }
  try {
    const handler = table[name] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    console.error(`[landscape] ${name} failed`, error);
    return fail('INTERNAL', 'Something went wrong inside Landscape. Nothing was deleted; please try again.');
  }
}
