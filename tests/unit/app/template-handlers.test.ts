// Templates and prompts through the real handlers, stored in a real vault.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/handlers';
import { entryToMarkdown } from '../../../src/main/core/export/entry-markdown';
import type { Entry, LexicalJson } from '@shared/entry';
import type { Template } from '@shared/template';
import { KDF } from '../vault/fixtures/samples';
import { fakeOs, testPorts, type FakeOs } from '../../support/fake-ports';
import { textDoc, textNode } from '../../support/lexical-doc';
import { invokeOn } from '../../support/invoke';

let dir: string;
let app: App;
let os: FakeOs;

const invoke = <T = never>(channel: string, input?: unknown) => invokeOn<T>(app, channel, input);

type Node = { type: string; text?: string; tag?: string; children?: Node[] };
const blocks = (content: LexicalJson) => (content.root as unknown as { children: Node[] }).children;
const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-templates-'));
  os = fakeOs();
  app = createApp(testPorts(dir, os), { kdf: KDF });
  await invoke('vault:create', { passphrase: 'harbour lantern quietly orchard 42' });
});
afterAll(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

describe('templates through the handlers', () => {
  it('lists the ten built-ins, each naming its source', async () => {
    const templates = await invoke<Template[]>('templates:list');
    const builtIns = templates.filter((t) => t.builtIn);
    expect(builtIns).toHaveLength(10);
    for (const t of builtIns) expect(t.source.length).toBeGreaterThan(3);
  });

  it('starts an entry from each built-in, with its headings as editable structure', async () => {
    for (const template of (await invoke<Template[]>('templates:list')).filter((t) => t.builtIn)) {
      const entry = await invoke<Entry>('templates:newEntry', { templateId: template.id, date: '2026-11-25' });
      expect(entry.templateId).toBe(template.id);
      // Nothing written yet: the template's headings and prompts are not the writer's words.
      expect([entry.text, entry.wordCount]).toEqual(['', 0]);
      const headings = blocks(entry.content)
        .filter((n) => n.type === 'heading')
        .map(textOf);
      expect(headings).toEqual(template.sections.map((s) => s.heading));
      expect(entry.tags.worlds).toEqual(template.suggestedTags.worlds);
    }
  });

  it('a templated entry, answered in one section, exports as Markdown without the unanswered prompts', async () => {
    const [wswnw] = (await invoke<Template[]>('templates:list')).filter((t) => /So What/.test(t.name));
    const entry = await invoke<Entry>('templates:newEntry', { templateId: wswnw!.id, date: '2026-11-25' });
    // The writer answers the first section: its empty answer paragraph gets text.
    const content = structuredClone(entry.content);
    const children = blocks(content);
    const answer = children.findIndex((n, i) => i > 0 && n.type === 'paragraph');
    children[answer]!.children = [textNode('The partnership board finally met residents.') as Node];
    const { entry: saved } = await invoke<{ entry: Entry }>('entries:update', {
      id: entry.id,
      baseRevision: entry.revision,
      patch: { content },
    });
    const reread = await invoke<Entry>('entries:get', { id: saved.id });
    expect(reread.text).toBe('The partnership board finally met residents.');
    expect(reread.wordCount).toBe(6);
    const markdown = entryToMarkdown(reread);
    const [first, ...rest] = wswnw!.sections;
    expect(markdown).toContain(`## ${first!.heading}`);
    expect(markdown).toContain('The partnership board finally met residents.');
    for (const prompt of first!.prompts) expect(markdown).toContain(prompt);
    for (const section of rest) {
      expect(markdown).not.toContain(`## ${section.heading}`);
      for (const prompt of section.prompts) expect(markdown).not.toContain(prompt);
    }
  });

  it('asks before applying a template to an entry with writing, and then appends without overwriting', async () => {
    const entry = await invoke<Entry>('entries:create', {
      date: '2026-11-24',
      content: textDoc('Already written.'),
    });
    const [courage] = (await invoke<Template[]>('templates:list')).filter((t) => /Courage/.test(t.name));
    const ask = await invoke<{ kind: string }>('templates:apply', {
      id: entry.id,
      baseRevision: entry.revision,
      templateId: courage!.id,
      append: false,
    });
    expect(ask).toEqual({ kind: 'needs-confirmation' });
    expect((await invoke<Entry>('entries:get', { id: entry.id })).revision).toBe(entry.revision);
    const done = await invoke<{ kind: string; entry: Entry }>('templates:apply', {
      id: entry.id,
      baseRevision: entry.revision,
      templateId: courage!.id,
      append: true,
    });
    expect(done.kind).toBe('applied');
    expect(textOf(blocks(done.entry.content)[0]!)).toBe('Already written.');
    expect(blocks(done.entry.content).filter((n) => n.type === 'heading')).toHaveLength(courage!.sections.length);
  });

  it('keeps a custom template encrypted in the vault and round-trips it through a share file', async () => {
    const mine = await invoke<Template>('templates:save', {
      template: {
        name: 'Partnership board debrief',
        description: 'After each board.',
        whenToUse: 'Within a day of the board.',
        source: '',
        sections: [{ heading: 'Who spoke for whom?', prompts: ['Whose voice was missing?'] }],
        suggestedTags: { worlds: ['partnership board'], free: [] },
      },
    });
    expect(mine.builtIn).toBe(false);
    await invoke('templates:export', { id: mine.id });
    const [[name, file]] = [...os.saved];
    expect(name).toMatch(/Partnership board debrief/);
    expect(file).not.toContain('Already written.');
    os.nextOpenFile = { name: name!, bytes: new TextEncoder().encode(file) };
    const imported = await invoke<Template>('templates:import');
    expect(imported.id).not.toBe(mine.id);
    expect(imported.sections).toEqual(mine.sections);

    // Lock and unlock: the custom templates come back from the encrypted records.
    await invoke('vault:lock');
    await invoke('vault:unlock', { passphrase: 'harbour lantern quietly orchard 42' });
    const names = (await invoke<Template[]>('templates:list')).map((t) => t.name);
    expect(names.filter((n) => n === 'Partnership board debrief')).toHaveLength(2);
  });

  it('rejects a malformed template file with a message a person can act on', async () => {
    os.nextOpenFile = {
      name: 'bad.json',
      bytes: new TextEncoder().encode('{"format":"landscape-template","version":1,"template":{}}'),
    };
    await expect(invoke('templates:import')).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
    os.nextOpenFile = { name: 'bad.json', bytes: new TextEncoder().encode('not json') };
    await expect(invoke('templates:import')).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
  });
});

describe('prompts through the handlers', () => {
  it('gives the same prompt of the day for a date, and a visible one', async () => {
    const a = await invoke<{ id: string }>('prompts:today', { date: '2026-11-25' });
    const b = await invoke<{ id: string }>('prompts:today', { date: '2026-11-25' });
    expect(a.id).toBe(b.id);
  });

  it('adds an own prompt, favourites and hides prompts', async () => {
    const own = await invoke<{ id: string }>('prompts:add', {
      theme: 'courage',
      text: 'Where did I hold my nerve today?',
    });
    await invoke('prompts:mark', { id: own.id, favourite: true });
    const all = await invoke<Array<{ id: string; favourite: boolean; hidden: boolean }>>('prompts:list', {});
    expect(all.length).toBeGreaterThanOrEqual(81);
    expect(all.find((p) => p.id === own.id)).toMatchObject({ favourite: true, hidden: false });
    await invoke('prompts:mark', { id: own.id, hidden: true });
    expect((await invoke<Array<{ id: string }>>('prompts:list', {})).some((p) => p.id === own.id)).toBe(false);
  });
});
