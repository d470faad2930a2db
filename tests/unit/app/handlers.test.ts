// The real handler table on a real vault in a temp folder, called the way ipcMain and the bridge call it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import { DEFAULT_SCRYPT } from '../../../src/main/core/crypto/kdf';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { HEADER_FILE } from '../../../src/main/core/vault/layout';
import { Vault } from '../../../src/main/core/vault/vault';
import type { EventName } from '@shared/channels';
import type { LexicalJson } from '@shared/entry';
import { decodeEntryList, type EntryListWire } from '@shared/entry-list';
import { KDF } from '../vault/fixtures/samples';
import { fakeOs, memoryDeviceKeys, testPorts } from '../../support/fake-ports';
import { doc as lexicalDoc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';
import { invokeOn } from '../../support/invoke';

const PASS = 'harbour lantern quietly orchard 42';

/** Paragraphs of text runs, where a run with `mention` is an @mention. */
function doc(...paragraphs: Array<Array<{ text: string; mention?: string }>>): LexicalJson {
  return lexicalDoc(
    ...paragraphs.map((parts) =>
      paragraph(...parts.map((p) => (p.mention ? mentionNode(p.mention) : textNode(p.text)))),
    ),
  );
}

let dir: string;
let app: App;
let events: Array<{ event: EventName; payload: unknown }>;
let deviceKeys: ReturnType<typeof memoryDeviceKeys>;

async function setup(rememberSupported: boolean) {
  events = [];
  deviceKeys = memoryDeviceKeys(rememberSupported);
  app = createApp(testPorts(dir, fakeOs(), { deviceKeys, emit: (event, payload) => events.push({ event, payload }) }), {
    kdf: KDF,
  });
}

const invoke = <T = never>(channel: string, input?: unknown) => invokeOn<T>(app, channel, input);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-handlers-'));
  await setup(false);
});
afterEach(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

describe('the handler table', () => {
  it('makes vaults at the real scrypt cost unless the test bridge lowers it', async () => {
    const production = createApp(testPorts(dir, fakeOs(), { defaultVaultDir: join(dir, 'real') }));
    await dispatch(production.handlers, 'vault:create', { passphrase: PASS });
    production.session.lock();
    await invoke('vault:create', { passphrase: PASS });
    const costOf = async (vault: string) =>
      (JSON.parse(await readFile(join(dir, vault, HEADER_FILE), 'utf8')) as { kdf: { N: number } }).kdf.N;
    expect(await costOf('real')).toBe(DEFAULT_SCRYPT.N);
    expect(await costOf('vault')).toBe(KDF.N);
  });

  it('goes from no vault, to open, to locked, to open again', async () => {
    expect((await invoke('vault:status')) as { state: string }).toMatchObject({ state: 'none' });
    const created = (await invoke('vault:create', { passphrase: PASS })) as {
      recoveryKey: string;
      status: { state: string };
    };
    expect(created.status.state).toBe('unlocked');
    expect(created.recoveryKey.length).toBeGreaterThan(40);
    await invoke('vault:lock');
    expect(events).toContainEqual({ event: 'vault:locked', payload: { reason: 'user' } });
    await expect(invoke('entries:list', {})).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await expect(invoke('vault:unlock', { passphrase: 'wrong wrong wrong' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect((await invoke('vault:unlock', { passphrase: PASS })) as { state: string }).toMatchObject({
      state: 'unlocked',
    });
  });
});

describe('entries through the handlers', () => {
  beforeEach(async () => {
    await invoke('vault:create', { passphrase: PASS });
  });

  it('Today opens the same entry all day, and a new day gets a new one', async () => {
    const first = (await invoke('entries:today', { date: '2026-11-25' })) as { id: string; date: string };
    const again = (await invoke('entries:today', { date: '2026-11-25' })) as { id: string };
    const tomorrow = (await invoke('entries:today', { date: '2026-11-26' })) as { id: string };
    expect(again.id).toBe(first.id);
    expect(tomorrow.id).not.toBe(first.id);
    expect(first.date).toBe('2026-11-25');
  });

  it("derives text, people, excerpt and word count from the content, and refuses the page's copy", async () => {
    const content = doc([{ text: 'Met ' }, { text: '', mention: 'Priya' }, { text: ' at the council.' }]);
    const entry = (await invoke('entries:create', {
      date: '2026-11-25',
      content,
      tags: { worlds: ['council'], free: [] },
    })) as { id: string; revision: number; text: string; excerpt: string; wordCount: number; tags: unknown };
    expect(entry).toMatchObject({
      text: 'Met @Priya at the council.',
      excerpt: 'Met @Priya at the council.',
      wordCount: 5,
      tags: { worlds: ['council'], people: ['Priya'], free: [] },
    });
    const forgeries = [
      { text: 'forged text' },
      { wordCount: 999 },
      { excerpt: 'forged' },
      { tags: { worlds: [], people: ['Forged Person'], free: [] } },
    ];
    for (const patch of forgeries) {
      await expect(
        invoke('entries:update', { id: entry.id, baseRevision: entry.revision, patch }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(invoke('entries:create', { date: '2026-11-25', content, ...patch })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
    expect(await invoke('entries:get', { id: entry.id })).toMatchObject({
      revision: entry.revision,
      text: 'Met @Priya at the council.',
    });
  });

  it('renames and merges a world across entries, trashed ones included', async () => {
    const a = (await invoke('entries:create', {
      date: '2026-11-20',
      content: doc([{ text: 'a' }]),
      tags: { worlds: ['NHS'], free: [] },
    })) as { id: string };
    await invoke('entries:create', {
      date: '2026-11-21',
      content: doc([{ text: 'b' }]),
      tags: { worlds: ['NHS trust', 'council'], free: [] },
    });
    const c = (await invoke('entries:create', {
      date: '2026-11-22',
      content: doc([{ text: 'c' }]),
      tags: { worlds: ['NHS'], free: [] },
    })) as { id: string };
    await invoke('entries:trash', { id: c.id });
    const result = (await invoke('tags:rename', { kind: 'worlds', from: 'NHS', to: 'NHS trust' })) as {
      changed: number;
    };
    expect(result.changed).toBe(2);
    const index = (await invoke('tags:list')) as { worlds: Array<{ name: string; count: number }> };
    expect(index.worlds).toEqual([
      { name: 'NHS trust', count: 2 },
      { name: 'council', count: 1 },
    ]);
    expect(((await invoke('entries:get', { id: a.id })) as { tags: { worlds: string[] } }).tags.worlds).toEqual([
      'NHS trust',
    ]);
  });

  it("answers trash and restore with the entry's list row as it now is, so the page patches one row", async () => {
    const e = (await invoke('entries:create', {
      date: '2026-11-23',
      title: 'Away day',
      content: doc([{ text: 'x' }]),
    })) as {
      id: string;
    };
    const trashed = (await invoke('entries:trash', { id: e.id })) as {
      id: string;
      label: string;
      trashedAt: string | null;
    };
    expect(trashed).toMatchObject({ id: e.id, label: 'Away day' });
    expect(Date.parse(trashed.trashedAt!)).not.toBeNaN();
    const listed = decodeEntryList((await invoke('entries:list', {})) as EntryListWire).entries;
    expect(listed.find((row) => row.id === e.id)).toEqual(trashed);
    const restored = (await invoke('entries:restore', { id: e.id })) as { trashedAt: string | null };
    expect(restored).toEqual({ ...trashed, trashedAt: null });
  });

  it('renames a person inside the text, so the mention and the tag agree', async () => {
    const e = (await invoke('entries:create', {
      date: '2026-11-25',
      content: doc([{ text: 'Thanks to ' }, { text: '', mention: 'Sam' }]),
    })) as { id: string };
    await invoke('tags:rename', { kind: 'people', from: 'Sam', to: 'Samira' });
    const after = (await invoke('entries:get', { id: e.id })) as { text: string; tags: { people: string[] } };
    expect(after.tags.people).toEqual(['Samira']);
    expect(after.text).toContain('@Samira');
    expect(after.text).not.toContain('@Sam ');
  });

  it('keeps people tags when only worlds change', async () => {
    const e = (await invoke('entries:create', {
      date: '2026-11-25',
      content: doc([{ text: '', mention: 'Ade' }]),
    })) as { id: string; revision: number };
    const { entry } = (await invoke('entries:update', {
      id: e.id,
      baseRevision: e.revision,
      patch: { tags: { worlds: ['residents'], free: ['hope'] } },
    })) as { entry: { tags: unknown } };
    expect(entry.tags).toEqual({ worlds: ['residents'], people: ['Ade'], free: ['hope'] });
  });
});

describe('locking', () => {
  beforeEach(async () => {
    await invoke('vault:create', { passphrase: PASS });
  });

  it('asks the page to flush before an idle lock, and locks anyway if it does not answer', async () => {
    vi.useFakeTimers();
    try {
      app.session.requestLock('idle');
      expect(events.at(-1)).toEqual({ event: 'vault:willLock', payload: { reason: 'idle' } });
      expect(app.session.isOpen()).toBe(true);
      vi.advanceTimersByTime(3100);
      expect(app.session.isOpen()).toBe(false);
      expect(events.at(-1)).toEqual({ event: 'vault:locked', payload: { reason: 'idle' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the idle reason when the page answers by locking', async () => {
    app.session.requestLock('screen-lock');
    await invoke('vault:lock');
    expect(events.at(-1)).toEqual({ event: 'vault:locked', payload: { reason: 'screen-lock' } });
  });

  it('refuses to remember the key where the device has no secure store', async () => {
    await expect(invoke('vault:remember', { enabled: true })).rejects.toMatchObject({
      code: 'SAFE_STORAGE_UNAVAILABLE',
    });
    expect(deviceKeys.keys.size).toBe(0);
  });
});

describe('remember on this device', () => {
  it('unlocks with the remembered key, and forgets it when asked', async () => {
    await setup(true);
    await invoke('vault:create', { passphrase: PASS });
    const status = (await invoke('vault:remember', { enabled: true })) as { remembered: boolean };
    expect(status.remembered).toBe(true);
    await invoke('vault:lock');
    expect((await invoke('vault:unlockRemembered')) as { state: string }).toMatchObject({ state: 'unlocked' });
    await invoke('vault:remember', { enabled: false });
    await invoke('vault:lock');
    await expect(invoke('vault:unlockRemembered')).rejects.toMatchObject({ code: 'SAFE_STORAGE_UNAVAILABLE' });
  });
});

describe('re-encrypting with a new key', () => {
  const NEXT = 'copper meadow signal drift';
  const progress = () => events.filter((e) => e.event === 'vault:reencryptProgress').map((e) => e.payload);
  const texts = async () => {
    const listed = decodeEntryList((await invoke('entries:list', {})) as EntryListWire).entries;
    return Promise.all(listed.map(async (e) => ((await invoke('entries:get', { id: e.id })) as { text: string }).text));
  };

  it('reports progress, returns the new recovery key, and forgets what this device remembered', async () => {
    await setup(true);
    await invoke('vault:create', { passphrase: PASS });
    await invoke('entries:create', { date: '2026-11-25', content: doc([{ text: 'before the new key' }]) });
    await invoke('vault:remember', { enabled: true });
    const { recoveryKey, status } = (await invoke('vault:reencrypt', { current: PASS, next: NEXT })) as {
      recoveryKey: string;
      status: { remembered: boolean };
    };
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    expect(status.remembered).toBe(false);
    expect(progress().at(-1)).toEqual({ done: 1, total: 1 });
    await invoke('vault:lock');
    await expect(invoke('vault:unlockRemembered')).rejects.toMatchObject({ code: 'SAFE_STORAGE_UNAVAILABLE' });
    await expect(invoke('vault:unlock', { passphrase: PASS })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await invoke('vault:unlock', { passphrase: NEXT });
    expect(await texts()).toEqual(['before the new key']);
  });

  it('finishes one a crash cut short before the journal opens', async () => {
    await invoke('vault:create', { passphrase: PASS });
    for (const text of ['one', 'two', 'three'])
      await invoke('entries:create', { date: '2026-11-25', content: doc([{ text }]) });
    app.session.lock();
    // Cut short after the key file and one entry file: the disk refuses the second file write.
    let writes = 0;
    const cut: FsPort = {
      ...nodeFs,
      async writeDurable(path, data) {
        if (path.includes('.lse.') && ++writes === 2) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        return nodeFs.writeDurable(path, data);
      },
    };
    const vault = await Vault.unlock(join(dir, 'vault'), PASS, { kdf: KDF, fs: cut });
    await expect(vault.reencrypt(PASS, NEXT)).rejects.toBeDefined();
    vault.lock();

    events = [];
    await invoke('vault:unlock', { passphrase: NEXT });
    expect(progress().at(-1)).toEqual({ done: 3, total: 3 });
    expect(app.session.open().reencryptionUnderWay).toBe(false);
    expect((await texts()).sort()).toEqual(['one', 'three', 'two']);
  });
});

describe('a vault in a synced folder', () => {
  it('lists what another device saved since the last look', async () => {
    await invoke('vault:create', { passphrase: PASS });
    const other = createApp(testPorts(dir), { kdf: KDF });
    expect(((await dispatch(other.handlers, 'vault:unlock', { passphrase: PASS })) as { ok: boolean }).ok).toBe(true);
    expect(decodeEntryList((await invoke('entries:list', {})) as EntryListWire).entries).toHaveLength(0);
    await dispatch(other.handlers, 'entries:create', {
      date: '2026-11-25',
      content: doc([{ text: 'from the laptop' }]),
    });
    const { entries } = decodeEntryList((await invoke('entries:list', {})) as EntryListWire);
    expect(entries.map((e) => e.label)).toEqual(['from the laptop']);
    other.session.lock();
  });
});
