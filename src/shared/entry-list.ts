import type { DamagedEntry, EntryMeta, EntryTags } from './entry';
import { excerpt } from './excerpt';

/** What a list row shows of an entry; the page keeps one per entry, by id. */
export interface EntrySummary {
  id: string;
  /** The day the reflection is about. */
  date: string;
  createdAt: string;
  /** The title, else the first words of the text; '' for an entry with neither. */
  label: string;
  templateId: string | null;
  tags: EntryTags;
  trashedAt: string | null;
  conflictOf: string | null;
}

/** A sidebar row shows about this many characters; more would cross IPC for nothing. */
export const LABEL_CHARS = 60;

export function summarize(entry: EntryMeta): EntrySummary {
  return {
    id: entry.id,
    date: entry.date,
    createdAt: entry.createdAt,
    label: entry.title.trim() ? excerpt(entry.title, LABEL_CHARS) : excerpt(entry.excerpt, LABEL_CHARS),
    templateId: entry.templateId,
    tags: entry.tags,
    trashedAt: entry.trashedAt,
    conflictOf: entry.conflictOf,
  };
}

/** Newest first: by the day an entry is about, then by when it was written (both ISO text, which sorts as read). */
export function compareNewestFirst(a: EntrySummary, b: EntrySummary): number {
  return compareDesc(a.date, b.date) || compareDesc(a.createdAt, b.createdAt) || compareDesc(a.id, b.id);
}

/**
 * The entry to show once `id` leaves the list (trashed): the next one down (older), else the one above,
 * else null. An id not in the list gives the first entry.
 */
export function entryAfter(order: readonly string[], id: string): string | null {
  const at = order.indexOf(id);
  if (at < 0) return order[0] ?? null;
  return order[at + 1] ?? order[at - 1] ?? null;
}

function compareDesc(a: string, b: string): number {
  return a === b ? 0 : a < b ? 1 : -1;
}

/**
 * One entry on the wire: id, creation time (ms), label, indexes into `names` (its tags and template), and the
 * rare flags. Tuples and a shared name table keep 30,000 entries under 3 MB; `decodeEntryList` gives objects back.
 */
export type SummaryRow = [
  id: string,
  createdMs: number,
  label: string,
  refs: number[],
  flags?: { trashedAt?: string; conflictOf?: string },
];

export interface EntryListWire {
  /** Each tag (`worlds:Council`, `people:Ann`, `free:x`) and template (`template:id`) once. */
  names: string[];
  /** Newest day first; within a day, newest first. */
  days: [date: string, rows: SummaryRow[]][];
  damaged: DamagedEntry[];
}

const TAG_KINDS = ['worlds', 'people', 'free'] as const;

export function encodeEntryList(entries: readonly EntrySummary[], damaged: DamagedEntry[]): EntryListWire {
  const names: string[] = [];
  const index = new Map<string, number>();
  const ref = (name: string) => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.push(name) - 1;
      index.set(name, i);
    }
    return i;
  };
  const days: EntryListWire['days'] = [];
  for (const e of [...entries].sort(compareNewestFirst)) {
    let day = days.at(-1);
    if (day?.[0] !== e.date) days.push((day = [e.date, []]));
    const refs = TAG_KINDS.flatMap((kind) => e.tags[kind].map((name) => ref(`${kind}:${name}`)));
    if (e.templateId !== null) refs.push(ref(`template:${e.templateId}`));
    const row: SummaryRow = [e.id, Date.parse(e.createdAt) || 0, e.label, refs];
    if (e.trashedAt !== null || e.conflictOf !== null)
      row.push({ ...(e.trashedAt && { trashedAt: e.trashedAt }), ...(e.conflictOf && { conflictOf: e.conflictOf }) });
    day[1].push(row);
  }
  return { names, days, damaged };
}

export function decodeEntryList(wire: EntryListWire): { entries: EntrySummary[]; damaged: DamagedEntry[] } {
  const parsed = wire.names.map((name) => {
    const colon = name.indexOf(':');
    return { kind: name.slice(0, colon), name: name.slice(colon + 1) };
  });
  const entries: EntrySummary[] = [];
  for (const [date, rows] of wire.days) {
    for (const [id, createdMs, label, refs, flags] of rows) {
      const tags: EntryTags = { worlds: [], people: [], free: [] };
      let templateId: string | null = null;
      for (const r of refs) {
        const { kind, name } = parsed[r]!;
        if (kind === 'template') templateId = name;
        else tags[kind as keyof EntryTags].push(name);
      }
      entries.push({
        id,
        date,
        createdAt: new Date(createdMs).toISOString(),
        label,
        templateId,
        tags,
        trashedAt: flags?.trashedAt ?? null,
        conflictOf: flags?.conflictOf ?? null,
      });
    }
  }
  return { entries, damaged: wire.damaged };
}
