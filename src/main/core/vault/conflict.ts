import type { Entry, EntryPatch } from '@shared/entry';

const MARK = ' (conflict copy)';
const TITLE_MAX = 300;

/**
 * When a save is based on a revision that is no longer current (another device saved first),
 * the writer's version is kept as a separate, visible entry instead of overwriting the other.
 * The caller gives it a fresh id and revision 1.
 */
export function conflictCopy(
  mine: Entry,
  originalId: string,
): Omit<Entry, 'id' | 'revision' | 'createdAt' | 'updatedAt'> {
  const title = (mine.title || 'Untitled').slice(0, TITLE_MAX - MARK.length) + MARK;
  return { ...withoutIdentity(mine), title, conflictOf: originalId, trashedAt: null };
}

export function applyPatch(base: Entry, patch: EntryPatch): Entry {
  const next = { ...base };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  return next;
}

function withoutIdentity(e: Entry) {
  const { id: _id, revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = e;
  return rest;
}
