import type { SearchFilters } from '@shared/search';
import type { IndexedEntry } from './indexed-entry';

/** Whether any filter is set, so an unfiltered search can skip the check. */
export function hasFilters(f: SearchFilters): boolean {
  return (
    f.from !== undefined ||
    f.to !== undefined ||
    f.templateIds !== undefined ||
    (f.worlds?.length ?? 0) > 0 ||
    (f.people?.length ?? 0) > 0 ||
    (f.tags?.length ?? 0) > 0 ||
    f.unanswered === true
  );
}

/** Trashed entries never match; every given filter must hold. Tag names match without regard to case. */
export function passes(entry: IndexedEntry, f: SearchFilters): boolean {
  const { meta } = entry;
  if (meta.trashedAt !== null) return false;
  if (f.from !== undefined && meta.date < f.from) return false;
  if (f.to !== undefined && meta.date > f.to) return false;
  if (f.templateIds !== undefined && !f.templateIds.includes(meta.templateId)) return false;
  if (f.unanswered === true && !entry.unanswered) return false;
  return hasAll(meta.tags.worlds, f.worlds) && hasAll(meta.tags.people, f.people) && hasAll(meta.tags.free, f.tags);
}

function hasAll(have: readonly string[], wanted: readonly string[] | undefined): boolean {
  if (!wanted || wanted.length === 0) return true;
  const lower = new Set(have.map((t) => t.toLowerCase()));
  return wanted.every((t) => lower.has(t.toLowerCase()));
}
