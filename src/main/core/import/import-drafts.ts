import type { ImportSummary } from '@shared/backup';
import type { Entry, EntryMeta } from '@shared/entry';
import type { Vault } from '../vault/vault';
import type { ImportDraft } from './import-draft';

/** Makes an entry from a draft the way a save from the editor would (text and people derived there). */
export type CreateEntry = (draft: ImportDraft) => Promise<Entry>;

/**
 * Adds the drafts to the journal. One already there (same day, title and text) is skipped, so
 * importing the same files twice adds nothing twice. If a write fails part-way (a full disk),
 * the entries this import made are deleted again, so an import is all or nothing.
 */
export async function importDrafts(
  vault: Vault,
  drafts: ImportDraft[],
  create: CreateEntry,
  textOf: (draft: ImportDraft) => string,
): Promise<ImportSummary> {
  await vault.refresh();
  const existing = new Map<string, EntryMeta[]>();
  for (const meta of vault.entries.list()) {
    const key = `${meta.date}\n${meta.title}`;
    existing.set(key, [...(existing.get(key) ?? []), meta]);
  }
  const made: string[] = [];
  let skipped = 0;
  try {
    for (const draft of drafts) {
      if (await alreadyThere(vault, existing.get(`${draft.date}\n${draft.title}`) ?? [], textOf(draft))) {
        skipped++;
        continue;
      }
      made.push((await create(draft)).id);
    }
  } catch (err) {
    for (const id of made.reverse()) {
      await vault.entries.trash(id).catch(() => undefined);
      await vault.entries.purge(id).catch(() => undefined);
    }
    throw err;
  }
  return { imported: made.length, skipped };
}

async function alreadyThere(vault: Vault, candidates: EntryMeta[], text: string): Promise<boolean> {
  for (const meta of candidates) {
    const entry = await vault.entries.get(meta.id).catch(() => undefined);
    if (entry?.text === text) return true;
  }
  return false;
}
