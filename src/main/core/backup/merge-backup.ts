import { AppError } from '@shared/errors';
import type { MergeSummary } from '@shared/backup';
import type { Entry } from '@shared/entry';
import { boundedMap } from '../vault/bounded-map';
import { Vault } from '../vault/vault';
import { BACKUP_ROOT, backupFs } from './backup-fs';
import type { OpenedBackup } from './open-backup';

/**
 * Merges a backup into the open vault without duplicating or overwriting anything. The backup is
 * read through the vault's own code (as a read-only vault, see backup-fs.ts); every file is
 * checked against the manifest before anything is written, so a damaged backup changes nothing.
 */
export async function mergeBackup(backup: OpenedBackup, into: Vault): Promise<MergeSummary> {
  await boundedMap(backup.manifest.files, 16, (f) => backup.read(f));
  const source = await Vault.unlockWithDeviceKey(BACKUP_ROOT, backup.key, { fs: backupFs(backup) });
  const summary: MergeSummary = {
    added: 0,
    updated: 0,
    skipped: 0,
    conflicts: 0,
    damaged: source.entries.damaged().length,
    recordsAdded: 0,
    recordsKept: 0,
  };
  try {
    await into.entries.sync();
    const all = [...source.entries.list(), ...source.entries.list(true)];
    for (const { id } of all) summary[await mergeEntry(source, into, id)]++;
    await mergeRecords(backup, source, into, summary);
    return summary;
  } finally {
    source.lock();
  }
}

type Outcome = 'added' | 'updated' | 'skipped' | 'conflicts' | 'damaged';

async function mergeEntry(source: Vault, into: Vault, id: string): Promise<Outcome> {
  const theirs = await orUndefined(source.entries.get(id));
  if (!theirs) return 'damaged';
  const ours = await orUndefined(into.entries.get(id));
  const kept = await source.entries.revisions(id);
  const older = async (above: number) => {
    const numbers = kept.map((r) => r.revision).filter((r) => r > above);
    const revisions = await Promise.all(numbers.sort((a, b) => a - b).map((r) => source.entries.revision(id, r)));
    return [...revisions, theirs];
  };
  if (!ours) {
    if (await into.entries.adopt(await older(0), undefined)) return 'added';
    return keepCopy(into, theirs);
  }
  if (theirs.revision <= ours.revision) {
    const same =
      theirs.revision === ours.revision ? ours : await orUndefined(into.entries.revision(id, theirs.revision));
    // A revision the journal no longer keeps was superseded there long ago.
    if (!same || sameRevision(same, theirs)) return 'skipped';
    return keepCopy(into, theirs);
  }
  const base = kept.some((r) => r.revision === ours.revision)
    ? await orUndefined(source.entries.revision(id, ours.revision))
    : undefined;
  if (base && sameRevision(base, ours) && (await into.entries.adopt(await older(ours.revision), ours.revision)))
    return 'updated';
  return keepCopy(into, theirs);
}

/** One conflict copy per differing version: merging the same backup twice adds nothing more. */
async function keepCopy(into: Vault, theirs: Entry): Promise<Outcome> {
  for (const meta of [...into.entries.list(), ...into.entries.list(true)]) {
    if (meta.conflictOf !== theirs.id || meta.date !== theirs.date) continue;
    const copy = await orUndefined(into.entries.get(meta.id));
    if (copy && copy.text === theirs.text && sameJson(copy.content, theirs.content)) return 'skipped';
  }
  await into.entries.keepConflictCopy(theirs);
  return 'conflicts';
}

async function mergeRecords(backup: OpenedBackup, source: Vault, into: Vault, summary: MergeSummary): Promise<void> {
  const kinds = new Set(backup.manifest.files.map((f) => /^records\/([^/]+)\//.exec(f.path)?.[1]).filter((k) => k));
  for (const kind of kinds) {
    for (const { id, value } of await source.records.list(kind!)) {
      const mine = await into.records.get(kind!, id).catch(() => null);
      if (mine === undefined) {
        await into.records.put(kind!, id, value);
        summary.recordsAdded++;
      } else if (!sameJson(mine, value)) summary.recordsKept++;
    }
  }
}

function sameRevision(a: Entry, b: Entry): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.title === b.title &&
    a.date === b.date &&
    a.text === b.text &&
    a.trashedAt === b.trashedAt &&
    sameJson(a.tags, b.tags) &&
    sameJson(a.content, b.content)
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Undefined for an entry or revision that is missing or damaged; other failures still throw. */
async function orUndefined<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof AppError && (err.code === 'ENTRY_NOT_FOUND' || err.code === 'ENTRY_DAMAGED')) return undefined;
    throw err;
  }
}
