// Leaving an entry nobody wrote in removes it for good, through the real handlers on a real vault.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/handlers';
import { EMPTY_CONTENT, type Entry } from '@shared/entry';
import { decodeEntryList } from '@shared/entry-list';
import { KDF } from '../vault/fixtures/samples';
import { fakeOs, testPorts } from '../../support/fake-ports';
import { textDoc } from '../../support/lexical-doc';
import { invokeOn } from '../../support/invoke';

let dir: string;
let app: App;
const DATE = '2026-11-25';
const SETBACK = 'builtin-setback-and-recovery';

const invoke = <T = never>(channel: string, input?: unknown) => invokeOn<T>(app, channel, input);
const ids = async (trashed: boolean) =>
  decodeEntryList(await invoke('entries:list', { trashed })).entries.map((e) => e.id);
const discard = (id: string) => invoke<{ discarded: boolean }>('entries:discardIfUnwritten', { id });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-discard-'));
  app = createApp(testPorts(dir, fakeOs()), { kdf: KDF });
  await invoke('vault:create', { passphrase: 'harbour lantern quietly orchard 42' });
});
afterAll(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

describe('entries:discardIfUnwritten', () => {
  it('purges an empty plain entry, leaving nothing in the list or the trash', async () => {
    const entry = await invoke<Entry>('entries:create', { date: DATE, content: EMPTY_CONTENT });
    expect(await discard(entry.id)).toEqual({ discarded: true });
    expect(await ids(false)).not.toContain(entry.id);
    expect(await ids(true)).not.toContain(entry.id);
  });

  it('purges a templated entry left as the template made it, its suggested tags included', async () => {
    const entry = await invoke<Entry>('templates:newEntry', { templateId: SETBACK, date: DATE });
    expect(entry.tags.free).toEqual(['setback']);
    expect(await discard(entry.id)).toEqual({ discarded: true });
    expect(await ids(false)).not.toContain(entry.id);
  });

  it('keeps an entry with one word, a title, or a tag changed', async () => {
    const worded = await invoke<Entry>('entries:create', { date: DATE, content: EMPTY_CONTENT });
    await invoke('entries:update', {
      id: worded.id,
      baseRevision: worded.revision,
      patch: { content: textDoc('One') },
    });
    const titled = await invoke<Entry>('entries:create', { date: DATE, title: 'Board', content: EMPTY_CONTENT });
    const tagged = await invoke<Entry>('templates:newEntry', { templateId: SETBACK, date: DATE });
    await invoke('entries:update', {
      id: tagged.id,
      baseRevision: tagged.revision,
      patch: { tags: { worlds: ['council'], free: ['setback'] } },
    });
    for (const kept of [worded, titled, tagged]) expect(await discard(kept.id)).toEqual({ discarded: false });
    expect(await ids(false)).toEqual(expect.arrayContaining([worded.id, titled.id, tagged.id]));
  });

  it('leaves a trashed entry to the trash', async () => {
    const entry = await invoke<Entry>('entries:create', { date: DATE, content: EMPTY_CONTENT });
    await invoke('entries:trash', { id: entry.id });
    expect(await discard(entry.id)).toEqual({ discarded: false });
    expect(await ids(true)).toContain(entry.id);
  });
});
