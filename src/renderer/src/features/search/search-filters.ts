import type { SearchFilters } from '@shared/search';
import type { TagKind } from '@shared/contract';

/** Which filter a tag kind sets: worlds, people, or (free) tags. */
export const FILTER_OF: Record<TagKind, 'worlds' | 'people' | 'tags'> = {
  worlds: 'worlds',
  people: 'people',
  free: 'tags',
};

/** The filters with one more world, person or tag (no change if it is already there). */
export function withTag(filters: SearchFilters, kind: TagKind, name: string): SearchFilters {
  const key = FILTER_OF[kind];
  const list = filters[key] ?? [];
  return list.includes(name) ? filters : { ...filters, [key]: [...list, name] };
}

export function withoutTag(filters: SearchFilters, key: 'worlds' | 'people' | 'tags', name: string): SearchFilters {
  return { ...filters, [key]: (filters[key] ?? []).filter((n) => n !== name) };
}
