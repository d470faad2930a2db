// Search on a real vault in a temp folder: what is found, how it is filtered, and that it is kept in step.
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '@shared/entry';
import type { SearchHit } from '@shared/search';
import { LiveSearch } from '../../../src/main/core/search/live-search';
import { templateToLexical } from '../../../src/main/core/templates/template-to-lexical';
import { VALUE_CREATION_STORY } from '../../../src/main/core/templates/builtins/value-creation-story';
import { draft, lexical, newVault, unlock } from '../vault/fixtures/vault-fixture';
import { doc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';
import { linkNode } from '@shared/lexical/lexical-json';
import { entryLink } from '@shared/entry-link';

const tags = (worlds: string[] = [], free: string[] = []) => ({ worlds, free });

/** People tags come from @mentions in the content, so each person is mentioned in a paragraph of their own. */
function entry(title: string, text: string, over: Partial<EntryDraft> = {}, people: string[] = []): EntryDraft {
  const mentions = people.length > 0 ? [paragraph(...people.map(mentionNode))] : [];
  return { ...draft(text, { title, ...over }), content: doc(paragraph(textNode(text)), ...mentions) };
}

async function journal() {
  const { dir, vault } = await newVault();
  const made = {
    hospital: await vault.entries.create(
      entry(
        'Ward round',
        'The discharge team at the hospital listened for once. Ann said it plainly.',
        {
          date: '2025-01-10',
          tags: tags(['NHS trust'], ['listening']),
        },
        ['Ann'],
      ),
    ),
    garden: await vault.entries.create(
      entry('Community garden', 'Volunteers planted beans; the council officer came along quietly.', {
        date: '2025-02-03',
        tags: tags(['council', 'neighbourhood'], ['hope']),
      }),
    ),
    board: await vault.entries.create(
      entry(
        'Board meeting',
        'Quietly the council changed its mind about the garden lease.',
        {
          date: '2025-03-20',
          tags: tags(['council']),
        },
        ['Bob'],
      ),
    ),
  };
  const search = new LiveSearch(vault);
  return { dir, vault, search, made };
}

const ids = (hits: SearchHit[]) => hits.map((h) => h.id).sort();

describe('search on an unlocked vault', () => {
  it('finds words in titles, text, worlds, people and tags', async () => {
    const { search, made } = await journal();
    expect(ids((await search.search({ text: 'ward' })).hits)).toEqual([made.hospital.id]);
    expect(ids((await search.search({ text: 'beans' })).hits)).toEqual([made.garden.id]);
    expect(ids((await search.search({ text: 'neighbourhood' })).hits)).toEqual([made.garden.id]);
    expect(ids((await search.search({ text: 'bob' })).hits)).toEqual([made.board.id]);
    expect(ids((await search.search({ text: 'listening' })).hits)).toEqual([made.hospital.id]);
    expect(ids((await search.search({ text: 'council' })).hits)).toEqual(ids([made.garden, made.board] as never));
  });

  it('matches prefixes and forgives a typo, and every word must match', async () => {
    const { search, made } = await journal();
    expect(ids((await search.search({ text: 'hosp' })).hits)).toEqual([made.hospital.id]);
    expect(ids((await search.search({ text: 'hospitl' })).hits)).toEqual([made.hospital.id]);
    expect(ids((await search.search({ text: 'volunteers beens' })).hits)).toEqual([made.garden.id]);
    expect((await search.search({ text: 'beans hospital' })).hits).toEqual([]);
    expect((await search.search({ text: 'zebra' })).hits).toEqual([]);
  });

  it('keeps only entries where a quoted phrase appears as written', async () => {
    const { search, made } = await journal();
    expect(ids((await search.search({ text: '"council officer"' })).hits)).toEqual([made.garden.id]);
    expect(ids((await search.search({ text: '"council changed"' })).hits)).toEqual([made.board.id]);
    // Both words are in both entries, but in this order only in the board meeting.
    expect(ids((await search.search({ text: 'quietly council' })).hits)).toEqual(
      ids([made.garden, made.board] as never),
    );
    expect(ids((await search.search({ text: '"quietly the council"' })).hits)).toEqual([made.board.id]);
    expect((await search.search({ text: '"officer council"' })).hits).toEqual([]);
  });

  it('combines filters with the text, and filters alone list entries newest first', async () => {
    const { search, made } = await journal();
    const council = { text: 'council' };
    expect(ids((await search.search({ ...council, from: '2025-03-01' })).hits)).toEqual([made.board.id]);
    expect(ids((await search.search({ ...council, to: '2025-02-28' })).hits)).toEqual([made.garden.id]);
    expect(ids((await search.search({ ...council, people: ['bob'] })).hits)).toEqual([made.board.id]);
    expect(ids((await search.search({ ...council, tags: ['hope'] })).hits)).toEqual([made.garden.id]);
    expect(ids((await search.search({ ...council, worlds: ['council', 'neighbourhood'] })).hits)).toEqual([
      made.garden.id,
    ]);
    expect((await search.search({ worlds: ['council'] })).hits.map((h) => h.id)).toEqual([
      made.board.id,
      made.garden.id,
    ]);
    expect((await search.search({ text: '' })).hits).toEqual([]);
  });

  it('filters by template and by prompts still waiting for an answer', async () => {
    const { vault, search } = await journal();
    const content = templateToLexical(VALUE_CREATION_STORY) as never;
    const story = await vault.entries.create({
      date: '2025-04-01',
      title: 'Story',
      templateId: VALUE_CREATION_STORY.id,
      content,
    });
    const found = await search.search({ templateIds: [VALUE_CREATION_STORY.id] });
    expect(found.hits.map((h) => h.id)).toEqual([story.id]);
    expect((await search.search({ unanswered: true })).hits.map((h) => h.id)).toEqual([story.id]);
    expect((await search.search({ templateIds: [null], from: '2025-03-01' })).hits).toHaveLength(1);
  });

  it('returns a one-line snippet around the first match with the offsets of each match', async () => {
    const { vault, search } = await journal();
    const long = `${'Nothing much happened in the morning. '.repeat(6)}Then the Hospital called\nabout the hospital bed.`;
    await vault.entries.create(entry('Later', long, { date: '2025-05-01' }));
    const [hit] = (await search.search({ text: 'hospital', from: '2025-05-01' })).hits;
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(hit!.snippet).not.toContain('\n');
    expect(hit!.snippetRanges).toHaveLength(2);
    expect(hit!.snippetRanges.map(([a, b]) => hit!.snippet.slice(a, b))).toEqual(['Hospital', 'hospital']);
    expect(hit!.firstMatch).toBe('Hospital');
    const [titled] = (await search.search({ text: 'ward' })).hits;
    expect(titled!.titleRanges.map(([a, b]) => titled!.title.slice(a, b))).toEqual(['Ward']);
    expect(titled!.firstMatch).toBeNull();
  });

  it('lists the newest year first and the best match first within it, a page at a time', async () => {
    const { vault, search, made } = await journal();
    // In its title and its world: the best match of all, but two years older.
    const older = await vault.entries.create(
      entry('Council, council, council', 'The council again.', { date: '2023-06-01', tags: tags(['council']) }),
    );
    const found = await search.search({ text: 'council' });
    expect(found.hits.map((h) => h.date.slice(0, 4))).toEqual(['2025', '2025', '2023']);
    expect(found.hits.at(-1)!.id).toBe(older.id);
    expect(ids(found.hits.slice(0, 2))).toEqual(ids([made.garden, made.board] as never));
    expect(found.more).toBe(false);

    const page = await search.search({ text: 'council', limit: 2 });
    expect(ids(page.hits)).toEqual(ids([made.garden, made.board] as never));
    expect(page.more).toBe(true);
    expect((await search.search({ text: 'council', to: '2024-12-31' })).hits.map((h) => h.id)).toEqual([older.id]);
  });

  it('lists a quoted phrase alone newest first within a year, and a filter no entry of a year passes skips it', async () => {
    const { vault, search, made } = await journal();
    // The phrase in its title too would rank this one first by score; a phrase alone is listed by date.
    const older = await vault.entries.create(
      entry('Garden lease', 'The council changed its mind about the garden lease, again.', { date: '2025-01-02' }),
    );
    const found = await search.search({ text: '"garden lease"' });
    expect(found.hits.map((h) => h.id)).toEqual([made.board.id, older.id]);
    expect(found.hits[0]!.snippetRanges.map(([a, b]) => found.hits[0]!.snippet.slice(a, b))).toEqual(['garden lease']);
    expect((await search.search({ text: '"garden lease"', tags: ['hope'] })).hits).toEqual([]);
    expect((await search.search({ text: 'council', worlds: ['nowhere'] })).hits).toEqual([]);
  });

  it('knows which live entries link to an entry, and follows edits and the trash', async () => {
    const { vault, search, made } = await journal();
    const linking = doc(
      paragraph(textNode('What followed: '), linkNode(entryLink(made.hospital.id), 'the ward round')),
    );
    const later = await vault.entries.create({
      ...draft('x', { title: 'Recovery', date: '2025-04-01' }),
      content: linking,
    });
    expect((await search.linkingTo(made.hospital.id)).map((e) => e.meta.id)).toEqual([later.id]);
    expect(await search.linkingTo(made.garden.id)).toEqual([]);
    await vault.entries.trash(later.id);
    expect(await search.linkingTo(made.hospital.id)).toEqual([]);
    const { id } = await vault.entries.restore(later.id);
    await vault.entries.update(id, 3, { content: lexical('No link now.') });
    expect(await search.linkingTo(made.hospital.id)).toEqual([]);
  });

  it('finds an entry once, under its new year, after its date moves', async () => {
    const { vault, search, made } = await journal();
    await search.ready();
    await vault.entries.update(made.board.id, 1, { date: '2019-09-09' });
    const found = await search.search({ text: 'council' });
    expect(found.hits.map((h) => [h.id, h.date])).toEqual([
      [made.garden.id, '2025-02-03'],
      [made.board.id, '2019-09-09'],
    ]);
    await vault.entries.trash(made.board.id);
    await vault.entries.purge(made.board.id);
    expect((await search.search({ text: 'lease' })).hits).toEqual([]);
  });

  it('follows saves, tag renames, trash, restore and purge', async () => {
    const { vault, search, made } = await journal();
    await search.ready();
    const { entry: saved } = await vault.entries.update(made.garden.id, 1, {
      content: lexical('Sunflowers everywhere.'),
    });
    expect(ids((await search.search({ text: 'sunflowers' })).hits)).toEqual([made.garden.id]);
    expect((await search.search({ text: 'beans' })).hits).toEqual([]);

    await vault.entries.update(made.garden.id, saved.revision, { tags: tags(['parish'], ['hope']) });
    expect(ids((await search.search({ text: 'parish' })).hits)).toEqual([made.garden.id]);

    await vault.entries.trash(made.garden.id);
    expect((await search.search({ text: 'sunflowers' })).hits).toEqual([]);
    await vault.entries.restore(made.garden.id);
    expect(ids((await search.search({ text: 'sunflowers' })).hits)).toEqual([made.garden.id]);
    await vault.entries.trash(made.garden.id);
    await vault.entries.purge(made.garden.id);
    expect(search.size).toBe(2);
  });

  it('reads what another device saved after the folder is refreshed', async () => {
    const { dir, vault, search } = await journal();
    await search.ready();
    const other = await unlock(dir);
    const elsewhere = await other.entries.create(entry('Train', 'Wrote this on the train to Leeds.'));
    await vault.entries.sync();
    await search.ready();
    expect(ids((await search.search({ text: 'leeds' })).hits)).toEqual([elsewhere.id]);
    other.lock();
  });

  it('indexes long entries too, which are read on their own after unlock', async () => {
    const { dir, vault } = await journal();
    const long = `${'a long walk along the towpath '.repeat(2000)}and finally the lighthouse.`;
    const made = await vault.entries.create(entry('Long', long));
    vault.lock();
    const search = new LiveSearch(await unlock(dir));
    expect(ids((await search.search({ text: 'lighthouse' })).hits)).toEqual([made.id]);
    expect(search.size).toBe(4);
  });

  it('answers from the newest years while older ones are still being read, with the final page', async () => {
    const { dir, vault } = await newVault();
    const made = async (year: string, words: string) => {
      for (let i = 0; i < 70; i++)
        await vault.entries.create(entry(`${year} ${i}`, `${words} ${i}`, { date: `${year}-03-${10 + (i % 18)}` }));
    };
    await made('2025', 'council meeting');
    await made('2020', 'council archive');
    vault.lock();
    const search = new LiveSearch(await unlock(dir));
    const early = await search.search({ text: 'council', limit: 5 });
    // Two batches of 64 read the 2025 entries; 2020 still has some to come.
    expect(search.size).toBeLessThan(140);
    expect(early.hits.map((h) => h.date.slice(0, 4))).toEqual(Array(5).fill('2025'));
    // A page that needs 2020 waits for it.
    const archive = await search.search({ text: 'archive', limit: 100 });
    expect(archive.hits).toHaveLength(70);
    expect(search.size).toBe(140);
    expect(await search.search({ text: 'council', limit: 5 })).toEqual(early);
  });

  it('is built after unlock without holding up the list, and is gone after lock', async () => {
    const { dir, vault } = await journal();
    vault.lock();
    const opened = await unlock(dir);
    const search = new LiveSearch(opened);
    // The list is there at once; the index fills on later turns.
    expect(opened.entries.list()).toHaveLength(3);
    expect(search.size).toBe(0);
    await search.ready();
    expect(search.size).toBe(3);

    search.close();
    opened.lock();
    expect(search.size).toBe(0);
    await expect(search.search({ text: 'council' })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });
});
