import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import { promptOfTheDay } from '../../../src/main/core/templates/prompt-of-the-day';
import { BUILT_IN_PROMPTS } from '../../../src/main/core/templates/prompts';
import { encodeTemplateFile } from '../../../src/main/core/templates/template-file';
import { TEMPLATE_RECORD_KINDS, TemplateLibrary } from '../../../src/main/core/templates/template-library';
import type { TemplateInput } from '@shared/template';
import { MemoryRecordStore } from './memory-record-store';

const MINE: TemplateInput = {
  name: 'Partnership board debrief',
  description: 'After the monthly board.',
  whenToUse: 'Straight after the board.',
  source: '',
  sections: [{ heading: 'Who spoke for whom', prompts: ['Whose voice was missing?'] }],
  suggestedTags: { worlds: ['NHS', 'Council'], free: ['board'] },
};

const code = (error: unknown) => (error as { code?: string }).code;

let store: MemoryRecordStore;
let library: TemplateLibrary;

beforeEach(() => {
  store = new MemoryRecordStore();
  let n = 0;
  library = new TemplateLibrary(store, { newId: () => `id${++n}` });
});

describe('TemplateLibrary: templates', () => {
  it('lists the ten built-ins first, then the writer’s own by name', async () => {
    await library.createTemplate({ ...MINE, name: 'Zebra crossing' });
    await library.createTemplate({ ...MINE, name: 'Allotment meeting' });
    const names = (await library.listTemplates()).map((template) => template.name);
    expect(names.slice(0, 10)).toEqual(BUILT_IN_TEMPLATES.map((template) => template.name));
    expect(names.slice(10)).toEqual(['Allotment meeting', 'Zebra crossing']);
  });

  it('never stores the built-ins', async () => {
    await library.listTemplates();
    expect(store.records.size).toBe(0);
  });

  it('creates, gets, updates and deletes its own templates', async () => {
    const created = await library.createTemplate(MINE);
    expect(created).toEqual({ ...MINE, id: 'id1', builtIn: false });
    expect(await library.getTemplate('id1')).toEqual(created);

    const updated = await library.updateTemplate('id1', { ...MINE, name: 'Board debrief' });
    expect(updated.name).toBe('Board debrief');
    expect((await library.getTemplate('id1')).name).toBe('Board debrief');

    await library.deleteTemplate('id1');
    await expect(library.getTemplate('id1')).rejects.toMatchObject({ code: 'TEMPLATE_NOT_FOUND' });
    expect(await library.listTemplates()).toHaveLength(10);
  });

  it('refuses a template that is not valid, saying why', async () => {
    await expect(library.createTemplate({ ...MINE, sections: [] })).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      message: expect.stringContaining('at least one section'),
    });
    await expect(
      library.createTemplate({ ...MINE, content: 'entry text' } as unknown as TemplateInput),
    ).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
    expect(store.records.size).toBe(0);
  });

  it('duplicates a built-in as the writer’s own copy, and numbers further copies', async () => {
    const copy = await library.duplicateTemplate('builtin-courage');
    const courage = BUILT_IN_TEMPLATES.find((template) => template.id === 'builtin-courage')!;
    expect(copy).toEqual({ ...courage, id: 'id1', builtIn: false, name: 'Courage (copy)' });
    expect((await library.duplicateTemplate('builtin-courage')).name).toBe('Courage (copy 2)');
    // The copy can be changed and deleted; the built-in is untouched.
    await library.updateTemplate(copy.id, { ...MINE, name: 'My courage' });
    await library.deleteTemplate(copy.id);
    expect(await library.getTemplate('builtin-courage')).toEqual(courage);
  });

  it('refuses to change or delete a built-in', async () => {
    await expect(library.deleteTemplate('builtin-daily-reflection')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(library.updateTemplate('builtin-daily-reflection', MINE)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await library.listTemplates()).toHaveLength(10);
  });

  it('reports a missing template', async () => {
    for (const call of [
      () => library.getTemplate('nope'),
      () => library.updateTemplate('nope', MINE),
      () => library.deleteTemplate('nope'),
      () => library.duplicateTemplate('nope'),
      () => library.exportTemplate('nope'),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'TEMPLATE_NOT_FOUND' });
    }
  });

  it('keeps a damaged record out of the list and reports it on get', async () => {
    await store.put(TEMPLATE_RECORD_KINDS.template, 'broken', { name: 42 });
    expect(await library.listTemplates()).toHaveLength(10);
    await expect(library.getTemplate('broken')).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
  });

  it('exports and imports templates; an import is always a new template of one’s own', async () => {
    const exported = await library.exportTemplate('builtin-weekly-review');
    expect(exported).toBe(encodeTemplateFile(BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-weekly-review')!));
    const imported = await library.importTemplate(exported);
    expect(imported).toMatchObject({ id: 'id1', builtIn: false, name: 'Weekly review' });
    const again = await library.importTemplate(exported);
    expect(again.id).toBe('id2');
    expect(await library.listTemplates()).toHaveLength(12);
  });

  it('stores nothing when an import is refused', async () => {
    await expect(library.importTemplate('{"format":"landscape-template","version":9}')).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
    });
    expect(store.records.size).toBe(0);
  });
});

describe('TemplateLibrary: prompts', () => {
  it('lists the built-in prompts, by theme too', async () => {
    const all = await library.listPrompts();
    expect(all).toHaveLength(BUILT_IN_PROMPTS.length);
    expect(all.every((prompt) => !prompt.favourite && !prompt.hidden)).toBe(true);
    const courage = await library.listPrompts({ theme: 'courage' });
    expect(courage.length).toBeGreaterThanOrEqual(10);
    expect(courage.every((prompt) => prompt.theme === 'courage')).toBe(true);
  });

  it('adds and deletes the writer’s own prompts', async () => {
    const own = await library.addPrompt({ theme: 'impact-value', text: '  Who asked for this work to continue?  ' });
    expect(own).toEqual({
      id: 'own-id1',
      theme: 'impact-value',
      text: 'Who asked for this work to continue?',
      builtIn: false,
    });
    expect((await library.listPrompts()).at(-1)).toMatchObject({ ...own, favourite: false, hidden: false });

    await library.setFavourite(own.id, true);
    await library.deletePrompt(own.id);
    expect(await library.listPrompts()).toHaveLength(BUILT_IN_PROMPTS.length);
    expect(store.records.size).toBe(0);
  });

  it('refuses an empty own prompt, deleting a built-in one, and unknown ids', async () => {
    await expect(library.addPrompt({ theme: 'learning', text: '   ' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(library.addPrompt({ theme: 'nope' as never, text: 'Why?' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(library.deletePrompt('setback-01')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(library.deletePrompt('own-nope')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(library.setFavourite('nope', true)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(library.setHidden('nope', true)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('favourites and unfavourites', async () => {
    await library.setFavourite('courage-03', true);
    expect((await library.listPrompts()).filter((p) => p.favourite).map((p) => p.id)).toEqual(['courage-03']);
    await library.setFavourite('courage-03', false);
    expect((await library.listPrompts()).some((p) => p.favourite)).toBe(false);
    expect(store.records.size).toBe(0);
  });

  it('hides and unhides, keeping a favourite through both', async () => {
    await library.setFavourite('learning-02', true);
    await library.setHidden('learning-02', true);
    expect((await library.listPrompts()).map((p) => p.id)).not.toContain('learning-02');
    expect((await library.listPrompts({ includeHidden: true })).find((p) => p.id === 'learning-02')).toMatchObject({
      hidden: true,
      favourite: true,
    });
    await library.setHidden('learning-02', false);
    expect((await library.listPrompts()).find((p) => p.id === 'learning-02')).toMatchObject({
      hidden: false,
      favourite: true,
    });
  });

  it('gives the prompt of the day among visible prompts, the same all day', async () => {
    const expected = promptOfTheDay('2025-06-02', BUILT_IN_PROMPTS)!;
    expect((await library.promptOfTheDay('2025-06-02'))!.id).toBe(expected.id);
    await library.addPrompt({ theme: 'learning', text: 'What is new?' });
    expect((await library.promptOfTheDay('2025-06-02'))!.id).toBe(expected.id);

    await library.setHidden(expected.id, true);
    const replacement = await library.promptOfTheDay('2025-06-02');
    expect(replacement!.id).not.toBe(expected.id);
  });

  it('keeps the prompt of the day free of repeats across a year of hiding and adding', async () => {
    const shown: string[] = [];
    let date = '2025-01-01';
    for (let i = 0; i < 365; i++) {
      if (i % 17 === 5) await library.addPrompt({ theme: 'courage', text: `Brave thing ${i}?` });
      if (i % 23 === 7) await library.setHidden(BUILT_IN_PROMPTS[i % BUILT_IN_PROMPTS.length]!.id, true);
      if (i % 29 === 3) await library.setHidden(BUILT_IN_PROMPTS[(i + 40) % BUILT_IN_PROMPTS.length]!.id, true);
      if (i % 31 === 11) await library.setHidden(BUILT_IN_PROMPTS[(i * 7) % BUILT_IN_PROMPTS.length]!.id, false);
      shown.push((await library.promptOfTheDay(date))!.id);
      date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    for (let i = 0; i < shown.length; i++) {
      expect(shown.slice(i + 1, i + 30)).not.toContain(shown[i]);
    }
    // The log stays small.
    const log = (await store.get(TEMPLATE_RECORD_KINDS.promptOfTheDayLog, 'log')) as { shown: unknown[] };
    expect(log.shown.length).toBeLessThanOrEqual(30);
  });

  it('has no prompt of the day when every prompt is hidden', async () => {
    for (const prompt of BUILT_IN_PROMPTS) await library.setHidden(prompt.id, true);
    expect(await library.promptOfTheDay('2025-06-02')).toBeNull();
  });

  it('shuffles to another visible prompt', async () => {
    await library.setHidden('courage-02', true);
    for (let i = 0; i < 200; i++) {
      const pick = await library.shufflePrompt('courage-01');
      expect(pick!.id).not.toMatch(/^courage-0[12]$/);
    }
  });

  it('refuses a date that is not a day', async () => {
    await expect(library.promptOfTheDay('tomorrow')).rejects.toSatisfy((error) => code(error) === 'INVALID_INPUT');
  });
});
