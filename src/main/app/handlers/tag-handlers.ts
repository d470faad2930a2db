import { renameTag } from '../../core/tags/rename-tag';
import { tagIndex } from '@shared/tag-index';
import type { HandlerTable } from '../handler-table';
import type { VaultSession } from '../vault-session';

type TagChannels = Extract<keyof HandlerTable, `tags:${string}`>;

export function tagHandlers(session: VaultSession): Pick<HandlerTable, TagChannels> {
  return {
    'tags:list': () => tagIndex(session.open().entries.list(false)),
    'tags:rename': ({ kind, from, to }) => renameTag(session.open().entries, kind, from, to),
  };
}
