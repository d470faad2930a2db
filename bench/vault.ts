// Vault benchmark: a generated 10,000-entry vault (~300 words each) in a temp folder (bench/search.ts uses it too).
// `node --import tsx bench/vault.ts` prints a table; bench/run.ts collects the rows.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entry, LexicalJson } from '../src/shared/entry';
import { seal } from '../src/main/core/crypto/aead';
import { DEFAULT_SCRYPT, deriveKey } from '../src/main/core/crypto/kdf';
import { atomicReplace } from '../src/main/core/fs/atomic-write';
import { nodeFs } from '../src/main/core/fs/fs-port';
import { encodeEntryFile } from '../src/main/core/vault/entry-file';
import { excerpt } from '../src/shared/excerpt';
import { newEntryId } from '../src/main/core/vault/ids';
import { paths } from '../src/main/core/vault/layout';
import { DEFAULT_MAX_ENTRY_BYTES, Vault } from '../src/main/core/vault/vault';
import type { BenchRow } from './row';
import { percentile } from './stats';

export const ENTRIES = 10_000;
const WORDS_PER_ENTRY = 300;
const SAVES = 1000;
const NAIVE_SAVES = 8;
export const PASSPHRASE = 'bench passphrase: river stone lantern';

const VOCAB = (
  'the and of to a in that is was he for it with as his on be at by had this not are but from or have an they which one you were ' +
  'council meeting river funding trust partners community housing garden volunteers board strategy listening tension shared ' +
  'purpose conversation afternoon walked noticed felt wondered learned agreed disagreed convened invited system change power ' +
  'relationship network charity school hospital neighbours youth elders story question silence pattern energy hope doubt'
).split(' ');

function words(n: number): string[] {
  return Array.from({ length: n }, () => VOCAB[Math.floor(Math.random() * VOCAB.length)]!);
}

function lexicalOf(paragraphs: string[]): LexicalJson {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  };
}

export function sampleEntry(i: number): Entry {
  const all = words(WORDS_PER_ENTRY);
  const paragraphs = [0, 1, 2, 3, 4].map((p) => all.slice(p * 60, p * 60 + 60).join(' '));
  const text = paragraphs.join('\n\n');
  const day = new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString();
  return {
    id: newEntryId(),
    createdAt: day,
    updatedAt: day,
    date: day.slice(0, 10),
    title: all.slice(0, 5).join(' '),
    templateId: null,
    tags: { worlds: ['council', 'trust'], people: ['Ann'], free: [] },
    revision: 1,
    trashedAt: null,
    conflictOf: null,
    excerpt: excerpt(text),
    wordCount: all.length,
    content: lexicalOf(paragraphs),
    text,
  };
}

/**
 * Writes entry files with the vault's own encoder: setup, not measured. Each is fsynced, as a real
 * vault's files long since are, so the kernel is not still writing 50 MB back while saves are timed.
 */
export async function generate(dir: string, key: Buffer, vaultId: string): Promise<string[]> {
  const p = paths(dir);
  const ids: string[] = [];
  for (let i = 0; i < ENTRIES; i += 256) {
    const batch = Array.from({ length: Math.min(256, ENTRIES - i) }, (_, k) => sampleEntry(i + k));
    await Promise.all(
      batch.map((e) =>
        nodeFs.writeDurable(p.entry(e.id, 1), encodeEntryFile(key, vaultId, e, DEFAULT_MAX_ENTRY_BYTES)),
      ),
    );
    ids.push(...batch.map((e) => e.id));
  }
  await nodeFs.syncDir(p.entries);
  return ids;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

/**
 * The physical limit for a save on this disk: open, write the same number of bytes, fsync, with
 * Node's lean callback calls. Closing is left untimed, as the vault leaves it.
 */
function rawWrite(path: string, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    fs.open(path, 'w', (openErr, fd) => {
      if (openErr) return reject(openErr);
      fs.write(fd, bytes, 0, bytes.length, 0, (writeErr) => {
        if (writeErr) return reject(writeErr);
        fs.fsync(fd, (syncErr) => {
          if (syncErr) reject(syncErr);
          else resolve();
          setImmediate(() => fs.close(fd, () => undefined));
        });
      });
    }),
  );
}

/** The electron-store way: the whole journal in one encrypted JSON file, rewritten on every save. */
async function naiveSave(path: string, key: Buffer, journal: Entry[], i: number): Promise<void> {
  journal[i] = { ...journal[i]!, text: journal[i]!.text + ' more', updatedAt: new Date().toISOString() };
  const sealed = seal(key, Buffer.from(JSON.stringify(journal), 'utf8'), Buffer.from('naive'));
  await atomicReplace(nodeFs, path, sealed, 'save the journal');
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The 10,000-entry vault in a fresh temp folder, with its device key (the caller zeroes it) and entry ids. */
export async function benchVault(
  root: string,
): Promise<{ dir: string; vaultId: string; deviceKey: Buffer; ids: string[] }> {
  const dir = join(root, 'vault');
  const { vault: creator } = await Vault.create(dir, PASSPHRASE);
  const deviceKey = creator.exportDeviceKey();
  // Only the ids are kept: the app's main process never holds every entry's words, and a heap of
  // them would charge the saves for garbage collection that belongs to the bench.
  const ids = await generate(dir, deviceKey, creator.id);
  creator.lock();
  return { dir, vaultId: creator.id, deviceKey, ids };
}

export async function runVaultBench(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'landscape-bench-'));
  try {
    const [kdfMs] = await timed(() => deriveKey(PASSPHRASE, randomBytes(16), DEFAULT_SCRYPT));
    const { dir, deviceKey, ids } = await benchVault(root);

    // Unlock to a ready list, KDF excluded: the device-key path does no key derivation.
    const unlockRuns: number[] = [];
    let vault!: Vault;
    for (let run = 0; run < 3; run++) {
      const [ms, v] = await timed(async () => {
        const opened = await Vault.unlockWithDeviceKey(dir, deviceKey);
        if (opened.entries.list().length !== ENTRIES) throw new Error('bench vault did not list every entry');
        return opened;
      });
      unlockRuns.push(ms);
      if (run < 2) v.lock();
      else vault = v;
    }

    // Saves and raw writes alternate, so both see the same disk conditions.
    const saveMs: number[] = [];
    const rawMs: number[] = [];
    const rawPath = join(root, 'raw.bin');
    let bytesPerSave = 0;
    let fileBytesPerSave = 0;
    for (let s = 0; s < SAVES; s++) {
      const id = ids[Math.floor(Math.random() * ids.length)]!;
      // As the editor would: it holds the entry it is saving.
      const current = await vault.entries.get(id);
      const text = `${current.text} ${words(3).join(' ')}`;
      const [ms, { entry }] = await timed(() =>
        vault.entries.update(id, current.revision, { content: lexicalOf([text]) }),
      );
      saveMs.push(ms);
      // After a save the old revision moves aside and a spare file is made for the next one; let that
      // land, so it is charged to neither measurement.
      await vault.entries.settled();
      // The bytes the save wrote; its file may be longer, by the spare's zero padding written beforehand.
      const size = encodeEntryFile(deviceKey, vault.id, entry, DEFAULT_MAX_ENTRY_BYTES).length;
      bytesPerSave += size / SAVES;
      fileBytesPerSave += (await stat(paths(dir).entry(entry.id, entry.revision))).size / SAVES;
      const rawBytes = randomBytes(size);
      const [raw] = await timed(() => rawWrite(rawPath, rawBytes));
      rawMs.push(raw);
    }

    // The naive store holds the whole journal in memory, as electron-store would.
    const journal = Array.from({ length: ENTRIES }, (_, i) => sampleEntry(i));
    const naivePath = join(root, 'journal.json.enc');
    const naiveMs: number[] = [];
    await naiveSave(naivePath, deviceKey, journal, 0);
    for (let s = 0; s < NAIVE_SAVES; s++)
      naiveMs.push((await timed(() => naiveSave(naivePath, deviceKey, journal, s)))[0]);
    const naiveBytes = (await stat(naivePath)).size;
    vault.lock();
    deviceKey.fill(0);

    const saveP50 = percentile(saveMs, 50);
    const saveP95 = percentile(saveMs, 95);
    const rawP50 = percentile(rawMs, 50);
    const rawP95 = percentile(rawMs, 95);
    const naiveP50 = percentile(naiveMs, 50);
    return [
      { name: 'vault.kdf_ms', value: round(kdfMs), unit: 'ms' },
      { name: 'vault.unlock_list_10k_ms', value: round(percentile(unlockRuns, 50)), unit: 'ms' },
      { name: 'vault.unlock_list_10k_first_ms', value: round(unlockRuns[0]!), unit: 'ms' },
      { name: 'vault.save_p50_ms', value: round(saveP50), unit: 'ms' },
      { name: 'vault.save_p95_ms', value: round(saveP95), unit: 'ms' },
      { name: 'vault.raw_fsync_p50_ms', value: round(rawP50), unit: 'ms' },
      { name: 'vault.raw_fsync_p95_ms', value: round(rawP95), unit: 'ms' },
      { name: 'vault.save_vs_raw_fsync_ratio', value: round(saveP95 / rawP95), unit: 'x' },
      // The typical save against the typical raw write: on a shared machine the p95s above carry its noise too.
      { name: 'vault.save_vs_raw_fsync_ratio_p50', value: round(saveP50 / rawP50), unit: 'x' },
      { name: 'vault.save_bytes', value: Math.round(bytesPerSave), unit: 'bytes' },
      { name: 'vault.entry_file_bytes', value: Math.round(fileBytesPerSave), unit: 'bytes' },
      { name: 'vault.naive_save_p50_ms', value: round(naiveP50), unit: 'ms' },
      { name: 'vault.naive_file_mb', value: round(naiveBytes / 1024 / 1024), unit: 'MiB' },
      { name: 'vault.save_vs_naive_ratio', value: round(naiveP50 / saveP50), unit: 'x' },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await runVaultBench());
}
