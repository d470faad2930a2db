import { useCallback, useState } from 'react';
import type { TagKind } from '@shared/contract';
import type { SearchFilters } from '@shared/search';
import { withTag } from '../search/search-filters';
import type { ViewContext, ViewId } from './views';

/** The search kept across screens: its words, its filters, and a key that moves focus to its field. */
export function useSearchState(view: ViewId, go: (view: ViewId) => void) {
  const [search, setSearch] = useState<ViewContext['search']>({ text: '', filters: {}, focusKey: 0 });

  const openSearch = useCallback(() => {
    setSearch((s) => ({ ...s, focusKey: s.focusKey + 1 }));
    go('search');
  }, [go]);

  /** A world, person or tag chip: on the search screen it adds a filter; elsewhere it starts a search by it. */
  const filterBy = useCallback(
    (kind: TagKind, name: string) => {
      setSearch((s) => ({
        text: view === 'search' ? s.text : '',
        filters: withTag(view === 'search' ? s.filters : ({} as SearchFilters), kind, name),
        focusKey: s.focusKey + 1,
      }));
      go('search');
    },
    [view, go],
  );

  return { search, setSearch, openSearch, filterBy };
}
