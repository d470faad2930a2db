import type { RecordStore } from '../../../src/main/core/record-store';

/** The vault's rule for record kinds and ids (src/main/core/vault/layout.ts). */
const RECORD_NAME = /^[a-z0-9_-]{1,64}$/;

/**
 * RecordStore in a Map. Values are copied in and out, as the vault's encrypted files would be,
 * and names follow the vault's rule, so a test fails where the vault would refuse.
 */
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
    const prefix = key(kind, 'x').slice(0, -1);
    return [...this.records.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, value]) => ({ id: k.slice(prefix.length), value: structuredClone(value) }));
  }

  async delete(kind: string, id: string): Promise<void> {
    this.records.delete(key(kind, id));
  }
}

function key(kind: string, id: string): string {
  if (!RECORD_NAME.test(kind) || !RECORD_NAME.test(id)) throw new Error(`the vault would refuse ${kind}/${id}`);
  return `${kind}/${id}`;
}
