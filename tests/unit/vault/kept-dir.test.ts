import { describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { KeptDir } from '../../../src/main/core/fs/kept-dir';
import { errno } from './fixtures/failing-fs';
import { tempDir } from './fixtures/temp-dir';

/** The real file system, counting folder opens and closes, with the first `failures` opens refused. */
function counting(failures = 0) {
  const counts = { opened: 0, closed: 0 };
  const fs: FsPort = {
    ...nodeFs,
    openDir: async (path) => {
      if (failures-- > 0) throw errno('ENOENT', 'open');
      const real = await nodeFs.openDir(path);
      counts.opened++;
      return { sync: real.sync, close: () => (counts.closed++, real.close()) };
    },
  };
  return { fs, counts };
}

const syncIt = (dir: Promise<{ sync(): Promise<void> }>) => dir.then((d) => d.sync());

describe('KeptDir', () => {
  it('opens the folder once for many syncs, and closes it once', async () => {
    const { fs, counts } = counting();
    const kept = new KeptDir(fs, await tempDir());
    for (let i = 0; i < 5; i++) await kept.use(syncIt);
    kept.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(counts).toEqual({ opened: 1, closed: 1 });
  });

  it('tries afresh after a folder that failed to open', async () => {
    const { fs, counts } = counting(1);
    const kept = new KeptDir(fs, await tempDir());
    await expect(kept.use(syncIt)).rejects.toMatchObject({ code: 'ENOENT' });
    await kept.use(syncIt);
    expect(counts.opened).toBe(1);
  });

  it('waits for a run still using the folder before closing it', async () => {
    const { fs, counts } = counting();
    const kept = new KeptDir(fs, await tempDir());
    let finish!: () => void;
    const running = kept.use(async (dir) => {
      await new Promise<void>((resolve) => (finish = resolve));
      await syncIt(dir);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    kept.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counts.closed).toBe(0);
    finish();
    await running;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(counts.closed).toBe(1);
  });
});
