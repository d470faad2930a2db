// Property fuzz over every channel, through dispatch, on a real unlocked vault: whatever a page
// sends, the answer is a typed error a person can read (never INTERNAL), nothing is written outside
// the data folder, and no prototype is polluted. CI runs FUZZ_RUNS (default 500) cases per channel;
// `npm run fuzz` runs 10,000.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/channels';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import { fakeOs, memoryDeviceKeys, testPorts } from '../../support/fake-ports';
import { draft, KDF } from '../vault/fixtures/samples';
import { examples, inputsFor, type Known } from './fuzz-inputs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const PASS = 'harbour lantern quietly orchard 42';

let root: string;
let data: string;
let app: App;
let known: Known;
const cwdBefore = readdir(process.cwd());
const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort();

async function call(channel: string, input?: unknown): Promise<unknown> {
  const r = await dispatch(app.handlers, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'landscape-fuzz-'));
  data = join(root, 'data');
  await mkdir(data);
  const os = fakeOs();
  os.confirmLinks = true;
  app = createApp(testPorts(data, os, { deviceKeys: memoryDeviceKeys(true) }), { kdf: KDF });
  await call('vault:create', { passphrase: PASS });
  const entry = (await call('entries:create', draft('the river was high'))) as { id: string };
  const templates = (await call('templates:list')) as Array<{ id: string; builtIn: boolean }>;
  const { id: templateId, builtIn: _b, ...template } = templates[0]!;
  const prompts = (await call('prompts:list', {})) as Array<{ id: string }>;
  known = { entryId: entry.id, templateId, promptId: prompts[0]!.id, template };
}, 120_000);

afterAll(async () => {
  app.session.lock();
  await rm(root, { recursive: true, force: true });
});

describe(`every channel, ${RUNS} forged inputs each`, () => {
  for (const channel of CHANNELS) {
    // 10,000 cases of the slowest channels (a review, an export preview) take over ten minutes on a loaded machine.
    it(channel, { timeout: Math.max(600_000, RUNS * 200) }, async () => {
      const inputs = inputsFor(examples(known)[channel]);
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          const result = await dispatch(app.handlers, channel, input);
          if (!result.ok) expect(result.error.code, result.error.message).not.toBe('INTERNAL');
          // Lock, a passphrase change or a purge may have happened: put back what the next case needs.
          if (!app.session.isOpen()) await call('vault:unlock', { passphrase: PASS });
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
      expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys);
      // Nothing was made beside the data folder, nor in the working directory.
      expect(await readdir(root)).toEqual(['data']);
      expect(await readdir(process.cwd())).toEqual(await cwdBefore);
    });
  }
});
