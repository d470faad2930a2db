// Comparing an earlier version with now, through the handler table on a real vault.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import { wordChanges } from '../../../src/main/core/vault/revision-diff';
import type { TextChange } from '@shared/entry';
import { fakeOs, testPorts } from '../../support/fake-ports';
import { doc, paragraph, textNode } from '../../support/lexical-doc';
import { KDF } from './fixtures/samples';

let dir: string;
let app: App;
const invoke = async (channel: string, input?: unknown) => {
  const result = await dispatch(app.handlers, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as never;
};
const text = (words: string) => doc(paragraph(textNode(words)));
const show = (changes: TextChange[]) =>
  changes.map((c) => (c.kind === 'kept' ? c.text : c.kind === 'added' ? `[+${c.text}]` : `[-${c.text}]`)).join('');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-revision-diff-'));
  app = createApp(testPorts(dir, fakeOs()), { kdf: KDF });
  await invoke('vault:create', { passphrase: 'lantern orchard quietly harbour 7' });
});
afterEach(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

describe('comparing a version with now', () => {
  it('marks the words removed and added since that version, keeping the rest', () => {
    expect(show(wordChanges('The council ignored the plan today', 'The council welcomed the plan today'))).toBe(
      'The council [-ignored][+welcomed] the plan today',
    );
    expect(wordChanges('same words', 'same words')).toEqual([{ kind: 'kept', text: 'same words' }]);
  });

  it('compares the stored versions of an entry, through the handler', async () => {
    const e = (await invoke('entries:create', { date: '2026-11-30', content: text('We met the housing team') })) as {
      id: string;
    };
    await invoke('entries:update', {
      id: e.id,
      baseRevision: 1,
      patch: { content: text('We met the whole housing team twice') },
    });
    const changes = (await invoke('entries:compareRevision', { id: e.id, revision: 1 })) as TextChange[];
    expect(show(changes)).toBe('We met the [+whole ]housing team [+twice]');
    const none = (await invoke('entries:compareRevision', { id: e.id, revision: 2 })) as TextChange[];
    expect(none.every((c) => c.kind === 'kept')).toBe(true);
  });

  it('refuses a version the entry never had', async () => {
    const e = (await invoke('entries:create', { date: '2026-11-30', content: text('One') })) as { id: string };
    await expect(invoke('entries:compareRevision', { id: e.id, revision: 9 })).rejects.toHaveProperty('code');
  });
});
