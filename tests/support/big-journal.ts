// A journal of thousands of entries, written straight into an open vault's folder with the vault's own
// encoder (no save path, no fsync per file), then picked up as another device's files would be.
import { writeFile } from 'node:fs/promises';
import type { Entry } from '@shared/entry';
import { excerpt } from '@shared/excerpt';
import { encodeEntryFile } from '../../src/main/core/vault/entry-file';
import { newEntryId } from '../../src/main/core/vault/ids';
import { paths } from '../../src/main/core/vault/layout';
import { DEFAULT_MAX_ENTRY_BYTES, type Vault } from '../../src/main/core/vault/vault';
import { textDoc } from './lexical-doc';

const DAY_MS = 86_400_000;

/** `count` entries titled "Reflection 00000" (oldest) upwards, about two a day, ending a week before today. */
export async function fillJournal(vault: Vault, count: number): Promise<void> {
  const key = vault.exportDeviceKey();
  const end = Date.now() - 7 * DAY_MS;
  try {
    for (let i = 0; i < count; i += 500) {
      const batch = Array.from({ length: Math.min(500, count - i) }, (_, k) => {
        const n = i + k;
        const when = new Date(end - Math.floor((count - 1 - n) / 2) * DAY_MS + (n % 2) * 3_600_000).toISOString();
        const text = `Written on day ${n} about the council and the river.`;
        const entry: Entry = {
          id: newEntryId(),
          createdAt: when,
          updatedAt: when,
          date: when.slice(0, 10),
          title: `Reflection ${String(n).padStart(5, '0')}`,
          templateId: null,
          tags: { worlds: ['council'], people: [], free: n % 3 === 0 ? ['river'] : [] },
          revision: 1,
          trashedAt: null,
          conflictOf: null,
          excerpt: excerpt(text),
          wordCount: 10,
          content: textDoc(text),
          text,
        };
        return entry;
      });
      await Promise.all(
        batch.map((e) =>
          writeFile(paths(vault.dir).entry(e.id, 1), encodeEntryFile(key, vault.id, e, DEFAULT_MAX_ENTRY_BYTES)),
        ),
      );
    }
  } finally {
    key.fill(0);
  }
  await vault.refresh();
}
