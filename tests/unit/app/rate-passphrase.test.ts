// The page shows main's own rating of a new passphrase (`vault:ratePassphrase`), so the meter and the gate
// that refuses a weak passphrase are one rule, and the dictionaries stay out of the renderer's bundle.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import { fakeOs, testPorts } from '../../support/fake-ports';
import { KDF } from '../vault/fixtures/samples';

let dir: string;
let app: App;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-rate-'));
  app = createApp(testPorts(dir, fakeOs()), { kdf: KDF });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const rate = async (passphrase: string) => {
  const result = await dispatch(app.handlers, 'vault:ratePassphrase', { passphrase });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { acceptable: boolean; score: number; hints: string[] };
};

describe('rating a new passphrase through main', () => {
  it('answers while no journal is open, refusing what create would refuse', async () => {
    const weak = await rate('michael1990!');
    expect(weak.acceptable).toBe(false);
    expect(weak.hints.length).toBeGreaterThan(0);
    const created = await dispatch(app.handlers, 'vault:create', { passphrase: 'michael1990!' });
    expect(created).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
  });

  it('accepts a passphrase of unrelated words', async () => {
    expect(await rate('walnut ferry cobbler astronomy')).toMatchObject({ acceptable: true });
  });

  it('refuses an empty or oversized payload as bad input, not INTERNAL', async () => {
    for (const passphrase of ['', 'x'.repeat(1025)]) {
      const result = await dispatch(app.handlers, 'vault:ratePassphrase', { passphrase });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

describe("the renderer's bundle", () => {
  it('carries no passphrase dictionary', async () => {
    const assets = join(new URL('../../../out/renderer/assets', import.meta.url).pathname);
    const files = await readdir(assets).catch(() => []);
    if (files.length === 0) return expect.fail('build the renderer first (npm run build)');
    const carrying: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      // Words zxcvbn's common and English lists hold, which no screen of the app says.
      if (/qwertyuiop|\bpassw0rd\b|\bmichael\b/i.test(await readFile(join(assets, file), 'utf8'))) carrying.push(file);
    }
    expect(carrying).toEqual([]);
  });
});
