import type { EntryMeta } from '@shared/entry';
import { LABEL_CHARS } from '@shared/entry-list';
import { excerpt } from '@shared/excerpt';
import type { DateDetail } from '@shared/export';
import { dayWords, packDate, weekStart } from './pack-dates';

/** An entry a link may point to; read from the index main already holds. */
export interface LinkedEntry {
  /**
   * The title, shortened as the entry list shows it; '' for none. Never the first words of the text, as the
   * list shows an untitled entry: the target may not be in the pack, and its words were not chosen for it.
   */
  label: string;
  date: string;
  trashed: boolean;
}

/** What a link shows: its title, and whether its entry is in the trash or no longer in the journal. */
export interface ShownLink {
  title: string;
  gone: boolean;
}

/** Written after the struck-through title of a link whose entry is gone, in every format. */
export const GONE_ENTRY_MARK = ' (deleted entry)';

/** Every entry in the journal, live and trashed, by id. */
export function linkedEntries(entries: Iterable<EntryMeta>): Map<string, LinkedEntry> {
  const out = new Map<string, LinkedEntry>();
  for (const meta of entries) {
    const label = meta.title.trim() ? excerpt(meta.title, LABEL_CHARS) : '';
    out.set(meta.id, { label, date: meta.date, trashed: meta.trashedAt !== null });
  }
  return out;
}

/**
 * A link as the editor shows it (EntryLinksPlugin): the target's title now, not the one stored when the
 * link was last seen, which is kept only for an entry no longer in the journal. An untitled entry's day
 * is given at the pack's date detail, so a link says no more of when than the pack does.
 */
export function showLink(
  entries: ReadonlyMap<string, LinkedEntry>,
  entryId: string,
  lastSeen: string,
  detail: DateDetail,
): ShownLink {
  const entry = entries.get(entryId);
  if (entry === undefined) return { title: lastSeen, gone: true };
  return { title: entry.label || untitled(entry.date, detail), gone: entry.trashed };
}

function untitled(date: string, detail: DateDetail): string {
  if (detail === 'week') return `Untitled entry of the week of ${dayWords(weekStart(date))}`;
  return `Untitled entry of ${packDate(date, detail).label}`;
}
