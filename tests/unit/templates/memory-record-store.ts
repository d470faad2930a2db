import type { RecordStore } from '../../../src/main/core/record-store';

/** RecordStore in a Map. Values are copied in and out, as the vault's encrypted files would be. */
export class MemoryRecordStore implements RecordStore {
  readonly records = new Map<string, unknown>();

  async put(kind: string, id: string, value: unknown): Promise<void> {
    this.records.set(key(kind, id), structuredClone(value));
  }

  async get(kind: string, id: string): Promise<unknown | undefined> {
    const value = this.records.get(key(kind, id));
    return value === undefined ? undefined : structuredClone(value);
  }

  async list(kind: string): Promise<Array<{ id: string; value: unknown }>> {
    const prefix = `${kind}/`;
    return [...this.records.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, value]) => ({ id: k.slice(prefix.length), value: structuredClone(value) }));
  }

  async delete(kind: string, id: string): Promise<void> {
    this.records.delete(key(kind, id));
  }
}

const key = (kind: string, id: string): string => `${kind}/${id}`;
