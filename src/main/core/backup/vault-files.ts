import { readdir } from 'node:fs/promises';
import { hasCode } from '../fs/fs-port';
import { fsError } from '../fs/fs-error';
import { parseEntryFileName, parseRevisionFileName, paths, RECORD_EXT, RECORD_NAME_PART } from '../vault/layout';

/**
 * The files a backup holds, as vault-relative paths: each entry's newest file, its kept revisions
 * (when asked), and every record. Temp and spare files, and foreign names, are left out.
 */
export async function vaultFiles(
  dir: string,
  includeRevisions: boolean,
): Promise<{ files: string[]; entries: number }> {
  const p = paths(dir);
  const newest = new Map<string, number>();
  const stranded: string[] = [];
  for (const name of await list(p.entries)) {
    const n = parseEntryFileName(name);
    if (!n) continue;
    const known = newest.get(n.id);
    if (known !== undefined) stranded.push(`entries/${n.id}.${Math.min(known, n.revision)}.lse`);
    if (known === undefined || n.revision > known) newest.set(n.id, n.revision);
  }
  const files = [...newest].map(([id, rev]) => `entries/${id}.${rev}.lse`);
  if (includeRevisions) {
    // A superseded file a crash left in entries/ is an earlier revision too.
    files.push(...stranded);
    for (const id of await list(p.revisionsRoot)) {
      if (!newest.has(id)) continue;
      for (const name of await list(p.revisions(id)))
        if (parseRevisionFileName(name) !== undefined) files.push(`revisions/${id}/${name}`);
    }
  }
  for (const kind of await list(p.recordsRoot)) {
    if (!RECORD_NAME_PART.test(kind)) continue;
    for (const name of await list(p.records(kind))) {
      if (name.endsWith(RECORD_EXT) && RECORD_NAME_PART.test(name.slice(0, -RECORD_EXT.length)))
        files.push(`records/${kind}/${name}`);
    }
  }
  return { files, entries: newest.size };
}

async function list(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (err) {
    if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR')) return [];
    throw fsError(err, 'read the journal folder', dir);
  }
}
