import type { Entry } from '@shared/entry';
import { nextTurn } from '../next-turn';

/** Bodies are read in this many files between turns, so the list and saves get in between. */
const BODY_BATCH = 64;
/** Enough for nearly every entry whole; longer ones are read on their own. */
const BODY_PREFIX_BYTES = 32 * 1024;

/** What reading many bodies needs of the entries: Entries gives it (entries.ts). */
export interface BodySource {
  revisionOf(id: string): number | undefined;
  /** Hands over each short file that decodes; returns the ids of those longer than `maxBytes`. */
  readShort(
    batch: ReadonlyArray<{ id: string; revision: number }>,
    maxBytes: number,
    use: (entry: Entry) => void,
  ): Promise<string[]>;
  /** One entry read whole, with damage recorded. */
  readWhole(id: string): Promise<Entry>;
  /** True once the reader should stop: asked to, or the vault locked. */
  stopped(): boolean;
}

/**
 * Reads the newest revision of each of `ids` whole and hands it to `use`, a batch at a time with a
 * turn of the event loop between batches. Damaged or vanished files are skipped (the list reports
 * damage). Stops early once the source says so.
 */
export async function readBodies(from: BodySource, ids: readonly string[], use: (entry: Entry) => void): Promise<void> {
  // Stryker disable next-line EqualityOperator: equivalent; one more batch past the end is empty.
  for (let i = 0; i < ids.length; i += BODY_BATCH) {
    await nextTurn();
    if (from.stopped()) return;
    const batch = ids.slice(i, i + BODY_BATCH).flatMap((id) => {
      const revision = from.revisionOf(id);
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration: equivalent; a file that is not there is skipped.
      return revision === undefined ? [] : [{ id, revision }];
    });
    const long = await from.readShort(batch, BODY_PREFIX_BYTES, use);
    for (const id of long) {
      if (from.stopped()) return;
      const entry = await from.readWhole(id).catch(() => undefined);
      if (entry) use(entry);
    }
  }
}
