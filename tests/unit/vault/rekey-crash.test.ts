import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../../src/main/core/vault/vault';
import { draft, KDF, lexical, newVault, PASS } from './fixtures/vault-fixture';
import { NEXT_PASS } from './fixtures/rekey-samples';

const WRITER = fileURLToPath(new URL('./fixtures/rekey-writer.ts', import.meta.url));
/** CI's short run; `npm run stress` sets more. */
const ROUNDS = Number(process.env.REKEY_ROUNDS ?? 6);

/**
 * Starts the re-encrypting child and SIGKILLs it: after `at.files` files are done (0 is as the pass
 * begins), or `at.ms` after it opened the journal, which can land while the key file is written.
 * Returns what it printed.
 */
function runAndKill(dir: string, at: { files: number } | { ms: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killing = false;
    const kill = (delayMs: number) => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.startsWith('ready\n')) return;
      if ('ms' in at) kill(at.ms);
      else if (out.includes('finished') || new RegExp(`^${at.files}/`, 'm').test(out)) kill(Math.random() * 3);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`re-encrypting child exited by itself: ${err}`));
      resolve(out);
    });
  });
}

async function openEither(dir: string): Promise<Vault> {
  return Vault.unlock(dir, PASS, { kdf: KDF }).catch(() => Vault.unlock(dir, NEXT_PASS, { kdf: KDF }));
}

async function texts(vault: Vault): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const meta of vault.entries.list()) {
    const revisions = await vault.entries.revisions(meta.id);
    const all = await Promise.all(revisions.map((r) => vault.entries.revision(meta.id, r.revision)));
    out.set(meta.id, [...all.map((e) => e.text), (await vault.entries.get(meta.id)).text]);
  }
  return out;
}

describe('re-encryption under SIGKILL', () => {
  it(
    `opens whole after ${ROUNDS} kills at random moments, and finishes`,
    { timeout: ROUNDS * 8000 + 20_000 },
    async () => {
      const { dir, vault } = await newVault();
      for (let i = 0; i < 30; i++) {
        const e = await vault.entries.create(draft(`entry ${i} first`));
        await vault.entries.update(e.id, e.revision, { content: lexical(`entry ${i} second`) });
      }
      await vault.records.put('prefs', 'layout', { wide: true });
      await vault.entries.settled();
      const before = await texts(vault);
      vault.lock();

      let finished = 0;
      let midway = 0;
      let damaged = 0;
      for (let round = 0; round < ROUNDS; round++) {
        // 30 entries of two revisions and a record: 61 files in a pass.
        const at = round % 4 === 3 ? { ms: Math.random() * 300 } : { files: Math.floor(Math.random() * 62) };
        const out = await runAndKill(dir, at);
        if (out.includes('finished')) finished++;
        const after = await openEither(dir);
        if (after.reencryptionUnderWay) midway++;
        // Mid-way or not, every entry and revision opens, under one key or the other.
        damaged += after.entries.damaged().length;
        expect(await texts(after)).toEqual(before);
        expect(await after.records.get('prefs', 'layout')).toEqual({ wide: true });
        after.lock();
      }
      console.log(
        `re-encryption: ${ROUNDS} SIGKILLs, ${midway} left mid-way, ${finished} finished, ${damaged} damaged`,
      );
      expect(damaged).toBe(0);

      const last = await openEither(dir);
      await last.finishReencryption();
      expect(last.reencryptionUnderWay).toBe(false);
      expect(await texts(last)).toEqual(before);
      last.lock();
    },
  );
});
