import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDACTION_RECORD, RedactionStore } from '../../../src/main/core/export/redaction-store';
import { newVault, unlock } from '../vault/fixtures/vault-fixture';

describe('the redaction list in the vault', () => {
  it('is empty at first, then kept encrypted in the records and read back after unlocking', async () => {
    const { dir, vault } = await newVault();
    expect(await new RedactionStore(vault.records).get()).toEqual({ phrases: [], people: [], worlds: [] });
    const list = {
      phrases: [{ phrase: 'Fife Council', replacement: 'the council' }],
      people: [{ name: 'Ana', label: 'my manager' }],
      worlds: [{ name: 'NHS Fife', label: 'the health board' }],
    };
    await new RedactionStore(vault.records).set(list);
    const folder = join(dir, 'records', REDACTION_RECORD.kind);
    const [file] = await readdir(folder);
    const bytes = await readFile(join(folder, file!));
    for (const secret of ['Fife', 'Ana', 'manager']) expect(bytes.includes(secret)).toBe(false);
    vault.lock();
    expect(await new RedactionStore((await unlock(dir)).records).get()).toEqual(list);
  });

  it('refuses a list of the wrong shape and keeps the one it had', async () => {
    const { vault } = await newVault();
    const store = new RedactionStore(vault.records);
    await store.set({ phrases: [{ phrase: 'Acme', replacement: '' }], people: [], worlds: [] });
    await expect(store.set({ phrases: [{ phrase: '  ', replacement: '' }], people: [], worlds: [] })).rejects.toThrow();
    expect((await store.get()).phrases).toEqual([{ phrase: 'Acme', replacement: '' }]);
  });
});
