import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsError } from '../fs/fs-error';
import { nodeFs } from '../fs/fs-port';
import { paths, RECORD_NAME_PART } from '../vault/layout';
import type { Vault } from '../vault/vault';

export const PLAIN_EXPORT_FORMAT = 'landscape-plain-export';

/**
 * Every entry (the trash included, without earlier revisions) and every record as one readable
 * JSON file, NOT encrypted: for moving to another program. Entries are written one at a time to a
 * temp file beside `dest`, renamed over it when complete; that file is the one the person asked
 * for, and no other plaintext is written anywhere.
 */
export async function writePlainExport(vault: Vault, dest: string): Promise<{ entries: number }> {
  await vault.refresh();
  const metas = [...vault.entries.list(), ...vault.entries.list(true)];
  const temp = join(dirname(dest), `.${basename(dest)}.${randomBytes(6).toString('hex')}.tmp`);
  const out = await open(temp, 'wx', 0o600).catch((err: unknown) => {
    throw fsError(err, 'write the file', dest);
  });
  const write = async (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) done += (await out.write(bytes, done, bytes.length - done)).bytesWritten;
  };
  try {
    const head = {
      format: PLAIN_EXPORT_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      notice: 'This file is not encrypted. Anyone who can open it can read every entry in it.',
    };
    await write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "entries": [`);
    for (let i = 0; i < metas.length; i++)
      await write(`${i ? ',' : ''}\n    ${JSON.stringify(await vault.entries.get(metas[i]!.id))}`);
    const records: Record<string, unknown> = {};
    const kinds = await readdir(paths(vault.dir).recordsRoot).catch(() => [] as string[]);
    for (const kind of kinds.filter((k) => RECORD_NAME_PART.test(k)).sort())
      records[kind] = await vault.records.list(kind);
    await write(`\n  ],\n  "records": ${JSON.stringify(records)}\n}\n`);
    await out.sync();
    await out.close();
    await rename(temp, dest);
    await nodeFs.syncDir(dirname(dest)).catch(() => undefined);
    return { entries: metas.length };
  } catch (err) {
    await out.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw fsError(err, 'write the file', dest);
  }
}
