import { join } from 'node:path';

/** Where each kind of file lives inside a vault folder. See docs/vault-format.md. */
export const HEADER_FILE = 'landscape-vault.json';
/** A second copy of the header, rewritten after it, so a damaged header still opens (format doc §3). */
export const HEADER_BACKUP_FILE = 'landscape-vault.backup.json';
export const ENTRIES_DIR = 'entries';
export const REVISIONS_DIR = 'revisions';
export const RECORDS_DIR = 'records';

export const ENTRY_EXT = '.lse';
export const RECORD_EXT = '.lsr';

const ENTRY_NAME = /^([A-Za-z0-9_-]{8,64})\.([1-9][0-9]{0,8})\.lse$/;
const REVISION_NAME = /^([1-9][0-9]{0,8})\.lse$/;
/** Record kinds and ids become file names, so they are held to a safe, case-insensitive-proof alphabet. */
export const RECORD_NAME_PART = /^[a-z0-9_-]{1,64}$/;

/** The current version of an entry is the highest-numbered file for its id in entries/. */
export function entryFileName(id: string, revision: number): string {
  return `${id}.${revision}${ENTRY_EXT}`;
}

export function parseEntryFileName(name: string): { id: string; revision: number } | undefined {
  const m = ENTRY_NAME.exec(name);
  return m ? { id: m[1]!, revision: Number(m[2]) } : undefined;
}

/** The newest revision of each entry among the names in entries/. */
export function newestRevisions(names: readonly string[]): Map<string, number> {
  const newest = new Map<string, number>();
  for (const name of names) {
    const n = parseEntryFileName(name);
    // Stryker disable next-line EqualityOperator: equivalent; file names are unique, so no revision of an id comes twice.
    if (n && (newest.get(n.id) ?? 0) < n.revision) newest.set(n.id, n.revision);
  }
  return newest;
}

export function parseRevisionFileName(name: string): number | undefined {
  const m = REVISION_NAME.exec(name);
  return m ? Number(m[1]) : undefined;
}

export const paths = (dir: string) => ({
  root: dir,
  header: join(dir, HEADER_FILE),
  headerBackup: join(dir, HEADER_BACKUP_FILE),
  entries: join(dir, ENTRIES_DIR),
  entry: (id: string, revision: number) => join(dir, ENTRIES_DIR, entryFileName(id, revision)),
  revisions: (id: string) => join(dir, REVISIONS_DIR, id),
  revision: (id: string, revision: number) => join(dir, REVISIONS_DIR, id, `${revision}${ENTRY_EXT}`),
  revisionsRoot: join(dir, REVISIONS_DIR),
  records: (kind: string) => join(dir, RECORDS_DIR, kind),
  recordsRoot: join(dir, RECORDS_DIR),
  record: (kind: string, id: string) => join(dir, RECORDS_DIR, kind, `${id}${RECORD_EXT}`),
});

export type VaultPaths = ReturnType<typeof paths>;
