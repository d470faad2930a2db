import type { EntrySummary } from '@shared/entry-list';
import type { EntryLinkState } from '@shared/lexical/entry-link-node';
import { formatFullDay } from '../dates/date-words';
import { t } from '../i18n';

/** The entries a link can point to: the journal store's lists, as the page has them. */
export interface LinkTargets {
  /** Live entries, newest first: what "[[" offers. */
  live: readonly EntrySummary[];
  trashed: readonly EntrySummary[];
  /** False until the journal's list has loaded; until then no link is shown as missing. */
  loaded: boolean;
  /** The entry being written: never offered as a link to itself. */
  self?: string;
}

const MAX_SUGGESTIONS = 8;

/** What a link to `entry` says: its title (or first words), else that it is untitled, with its day. */
export function linkTitle(entry: Pick<EntrySummary, 'label' | 'date'>): string {
  return entry.label.trim() || t('editor.entryLink.untitled', { day: formatFullDay(entry.date) });
}

/** The title to show for a link to `id` and whether its entry is still there; null while the list loads. */
export function resolveLink(targets: LinkTargets, id: string): { title: string | null; state: EntryLinkState } | null {
  const live = targets.live.find((e) => e.id === id);
  if (live) return { title: linkTitle(live), state: 'live' };
  const trashed = targets.trashed.find((e) => e.id === id);
  if (trashed) return { title: linkTitle(trashed), state: 'trashed' };
  return targets.loaded ? { title: null, state: 'missing' } : null;
}

/**
 * Live entries whose title, or a word in it, starts with `query`, or whose day (as written, e.g.
 * "Monday 30 November 2026", or 2026-11-30) contains it; case-insensitive, newest first. An entry with
 * neither title nor words has nothing to link to and is left out.
 */
export function suggestEntries(targets: LinkTargets, query: string): EntrySummary[] {
  const wanted = query.trim().toLocaleLowerCase();
  const out: EntrySummary[] = [];
  for (const entry of targets.live) {
    if (out.length === MAX_SUGGESTIONS) break;
    if (entry.id === targets.self || entry.label.trim() === '') continue;
    if (wanted === '' || matches(entry, wanted)) out.push(entry);
  }
  return out;
}

function matches(entry: EntrySummary, wanted: string): boolean {
  const title = entry.label.toLocaleLowerCase();
  if (title.startsWith(wanted) || title.split(/\s+/).some((word) => word.startsWith(wanted))) return true;
  return entry.date.includes(wanted) || formatFullDay(entry.date).toLocaleLowerCase().includes(wanted);
}
