import { EMPTY_REDACTION_LIST, RedactionList } from '@shared/export';
import { AppError } from '@shared/errors';
import type { RecordStore } from '../record-store';

/** The record kind and id the redaction list is kept under, encrypted like every vault record. */
export const REDACTION_RECORD = { kind: 'export-redaction', id: 'list' } as const;

/** The writer's redaction list; names real people, so it lives only in the vault. */
export class RedactionStore {
  constructor(private readonly store: RecordStore) {}

  async get(): Promise<RedactionList> {
    const stored = await this.store.get(REDACTION_RECORD.kind, REDACTION_RECORD.id);
    if (stored === undefined) return EMPTY_REDACTION_LIST;
    const parsed = RedactionList.safeParse(stored);
    if (!parsed.success) throw new AppError('ENTRY_DAMAGED', 'The saved redaction list is damaged and can’t be read.');
    return parsed.data;
  }

  async set(list: RedactionList): Promise<RedactionList> {
    const parsed = RedactionList.parse(list);
    await this.store.put(REDACTION_RECORD.kind, REDACTION_RECORD.id, parsed);
    return parsed;
  }
}
