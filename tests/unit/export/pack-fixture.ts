import type { LexicalJson } from '@shared/entry';
import { DEFAULT_PACK_OPTIONS, EMPTY_REDACTION_LIST, type PackOptions, type RedactionList } from '@shared/export';
import type { LinkedEntry } from '../../../src/main/core/export/linked-entries';
import { redactPack, type SourceEntry } from '../../../src/main/core/export/redacted-pack';

let made = 0;

export function sourceEntry(content: unknown, fields: Partial<SourceEntry> = {}): SourceEntry {
  made += 1;
  return {
    id: `entry-${String(made).padStart(4, '0')}`,
    date: '2026-11-23',
    createdAt: `2026-11-23T09:${String(made % 60).padStart(2, '0')}:00.000Z`,
    title: `Entry ${made}`,
    tags: { worlds: [], people: [], free: [] },
    templateName: null,
    ...fields,
    content: content as LexicalJson,
  };
}

export function pack(
  entries: SourceEntry[],
  options: Partial<PackOptions> = {},
  list: Partial<RedactionList> = {},
  knownPeople: string[] = [],
  linked: ReadonlyMap<string, LinkedEntry> = new Map(),
) {
  return redactPack(
    entries,
    { ...DEFAULT_PACK_OPTIONS, ...options },
    { ...EMPTY_REDACTION_LIST, ...list },
    '2026-11-30',
    { people: knownPeople, entries: linked },
  );
}
