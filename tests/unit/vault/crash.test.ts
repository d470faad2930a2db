import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newVault, unlock } from './fixtures/vault-fixture';

const WRITER = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));
/** CI's short run; `npm run stress` sets 1,000. */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 25);

/** Runs the writer until it is ready, lets it save for `ms`, then SIGKILLs it. Returns confirmed lines. */
function runAndKill(dir: string, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${err}`));
      // Only whole lines were confirmed; a line cut off by the kill is ignored.
      const lines = out.split('\n').slice(1, -1);
      resolve(lines);
    });
  });
}

describe('crash safety', () => {
  // Each round starts a fresh Node with tsx; on a loaded machine that alone can take seconds.
  it(`keeps every confirmed save across ${ROUNDS} SIGKILLs at random moments`, { timeout: ROUNDS * 4000 }, async () => {
    const { dir, vault } = await newVault();
    vault.lock();
    const confirmed = new Map<string, number>();
    let saves = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const lines = await runAndKill(dir, 20 + Math.random() * 250);
      for (const line of lines) {
        const [id, rev] = line.split(' ');
        confirmed.set(id!, Math.max(confirmed.get(id!) ?? 0, Number(rev)));
        saves++;
      }
    }
    expect(saves).toBeGreaterThan(ROUNDS * 5);

    const after = await unlock(dir);
    const listed = new Map(after.entries.list().map((e) => [e.id, e.revision]));
    // Counted rather than asserted one by one, so a long run reports the whole tally.
    let lost = 0;
    for (const [id, rev] of confirmed) {
      const kept = async () => {
        const entry = await after.entries.get(id);
        const confirmedVersion = await after.entries.revision(id, rev);
        return (
          (listed.get(id) ?? 0) >= rev &&
          entry.revision >= rev &&
          entry.text.startsWith(`rev ${entry.revision} `) &&
          confirmedVersion.text.startsWith(`rev ${rev} `)
        );
      };
      if (!(await kept().catch(() => false))) lost++;
    }
    const damaged = after.entries.damaged().length;
    console.log(`crash test: ${ROUNDS} SIGKILLs, ${saves} saves acknowledged, ${lost} lost, ${damaged} damaged`);
    expect({ lost, damaged }).toEqual({ lost: 0, damaged: 0 });
    // Both save paths were under fire: files written into a spare are its size, two 4 KiB pages here.
    const sizes = await Promise.all(
      (await readdir(join(dir, 'entries'))).map(async (n) => (await stat(join(dir, 'entries', n))).size),
    );
    expect(sizes.filter((n) => n === 8192).length).toBeGreaterThan(0);
    expect(sizes.filter((n) => n < 8192).length).toBeGreaterThan(0);

    // Temp and spare files a kill left behind are ignored above, and removed once they are stale.
    after.lock();
    await unlock(dir, { staleTempMs: 0 });
    for (const folder of [dir, join(dir, 'entries')])
      expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
