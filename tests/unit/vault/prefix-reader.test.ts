import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { readPrefixes, type Prefix } from '../../../src/main/core/vault/prefix-reader';
import { tempDir } from './fixtures/temp-dir';

async function files(n: number): Promise<string[]> {
  const dir = await tempDir();
  const paths = Array.from({ length: n }, (_, i) => join(dir, `f${i}`));
  await Promise.all(paths.map((p, i) => writeFile(p, `file number ${i} `.repeat(10))));
  return paths;
}

function counting(slowSyncMs = 0) {
  const calls = { sync: 0, async: 0 };
  const fs: FsPort = {
    ...nodeFs,
    readPrefixSync(path, length, max) {
      calls.sync++;
      const until = performance.now() + slowSyncMs;
      while (performance.now() < until); // a slow disk, as seen from the main thread
      return nodeFs.readPrefixSync(path, length, max);
    },
    readPrefix(path, length, max) {
      calls.async++;
      return nodeFs.readPrefix(path, length, max);
    },
  };
  return { fs, calls };
}

describe('readPrefixes', () => {
  it('reads every file once, in slices, from a fast disk', async () => {
    const paths = await files(100);
    const { fs, calls } = counting();
    const got = new Map<number, Prefix>();
    await readPrefixes(fs, paths, 16, 1 << 20, (i, p) => {
      expect(got.has(i)).toBe(false);
      got.set(i, p);
    });
    expect(got.size).toBe(100);
    for (const [i, p] of got) expect(p.ok && p.bytes.toString()).toBe(`file number ${i} `.repeat(10).slice(0, 16));
    expect(calls).toEqual({ sync: 100, async: 0 });
  });

  it('switches to asynchronous reads when the disk is slow, still reading every file once', async () => {
    const paths = await files(100);
    const { fs, calls } = counting(2);
    const seen = new Set<number>();
    await readPrefixes(fs, paths, 16, 1 << 20, (i, p) => {
      expect(p.ok).toBe(true);
      seen.add(i);
    });
    expect(seen.size).toBe(100);
    expect(calls.sync).toBe(32);
    expect(calls.async).toBe(68);
  });

  it('hands over failures per file instead of stopping', async () => {
    const paths = await files(3);
    paths.splice(1, 0, join(paths[0]!, '..', 'missing'));
    const results: Prefix[] = [];
    await readPrefixes(nodeFs, paths, 8, 1 << 20, (i, p) => (results[i] = p));
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
  });
});
