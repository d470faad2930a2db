// Once the storage has been slow, a save's calls go through the thread pool (quick-calls.ts), with the same results.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs, nodeFsCalls } from '../../../src/main/core/fs/fs-port';
import { SLOW_CALL_MS } from '../../../src/main/core/fs/quick-calls';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-slow-'));
  // One call that took too long, as on a network share: every later call goes to the pool.
  await nodeFsCalls.run(
    () => {
      const end = performance.now() + SLOW_CALL_MS + 2;
      while (performance.now() < end);
    },
    async () => undefined,
  );
  let onThisThread = false;
  await nodeFsCalls.run(
    () => (onThisThread = true),
    async () => undefined,
  );
  expect(onThisThread).toBe(false);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('nodeFs on slow storage', () => {
  it('writes into a spare, links it, and stats it, with the same results and errors', async () => {
    const spare = await nodeFs.createFilled(join(dir, '.spare.tmp'), 8192);
    await spare.overwrite(Buffer.from('the words'));
    spare.close();
    await nodeFs.link(spare.path, join(dir, 'e.1.lse'));
    expect((await readFile(join(dir, 'e.1.lse'))).subarray(0, 9).toString()).toBe('the words');
    expect((await nodeFs.stat(join(dir, 'e.1.lse'))).size).toBe(8192);
    await expect(nodeFs.link(spare.path, join(dir, 'e.1.lse'))).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(nodeFs.stat(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
