// A day's page through the handler table on a real vault: asked twice at once, the day still gets one page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/handlers';
import { decodeEntryList } from '@shared/entry-list';
import { fakeOs, testPorts } from '../../support/fake-ports';
import { KDF } from './fixtures/samples';

let dir: string;
let app: App;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-day-page-'));
  app = createApp(testPorts(dir, fakeOs()), { kdf: KDF });
  await app.handlers['vault:create']({ passphrase: 'lantern orchard quietly harbour 7' });
});
afterEach(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

const pagesOn = async (date: string) =>
  decodeEntryList(await app.handlers['entries:list']({ trashed: false })).entries.filter((e) => e.date === date);

describe("a day's page", () => {
  it('is made once when asked for twice at the same moment', async () => {
    const [a, b, c] = await Promise.all([
      app.handlers['entries:today']({ date: '2026-11-30' }),
      app.handlers['entries:today']({ date: '2026-11-30' }),
      app.handlers['entries:today']({ date: '2026-11-30' }),
    ]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(await pagesOn('2026-11-30')).toHaveLength(1);
  });

  it('is the day’s first reflection when there is one, and another day gets its own', async () => {
    const first = await app.handlers['entries:today']({ date: '2026-11-30' });
    expect((await app.handlers['entries:today']({ date: '2026-11-30' })).id).toBe(first.id);
    const other = await app.handlers['entries:today']({ date: '2026-12-01' });
    expect(other.id).not.toBe(first.id);
    expect(await pagesOn('2026-12-01')).toHaveLength(1);
  });
});
