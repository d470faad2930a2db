import { readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { BenchRow } from './row';

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** Bytes of each built part in out/: what a user downloads and the window loads. */
export async function runBuildSizeBench(outDir = 'out'): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const part of ['main', 'preload', 'renderer']) {
    rows.push({
      name: `build.${part}_kib`,
      value: Math.round((await folderBytes(join(outDir, part))) / 102.4) / 10,
      unit: 'KiB',
    });
  }
  // What the renderer costs compressed (target ≤ 600 KiB), as an installer or update would carry it.
  rows.push({
    name: 'build.renderer_gz_kib',
    value: Math.round((await gzipBytes(join(outDir, 'renderer'))) / 102.4) / 10,
    unit: 'KiB',
  });
  return rows;
}

async function gzipBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await gzipBytes(path) : gzipSync(await readFile(path), { level: 9 }).length;
  }
  return total;
}
