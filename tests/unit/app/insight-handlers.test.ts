// Search, insights and reviews through the real handler table on a real vault in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { $isListItemNode } from '@lexical/list';
import { $dfs } from '@lexical/utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry, LexicalJson } from '@shared/entry';
import { DEFAULT_PACK_OPTIONS } from '@shared/export';
import { $isEntryLinkNode } from '@shared/lexical/entry-link-node';
import type { Insights, OnThisDay } from '@shared/insights';
import type { SearchResult } from '@shared/search';
import { createApp, type App } from '../../../src/main/app/handlers';
import { readContent } from '../../../src/main/core/export/read-content';
import { testPorts } from '../../support/fake-ports';
import { doc, mentionNode, paragraph, textDoc, textNode } from '../../support/lexical-doc';
import { invokeOn } from '../../support/invoke';

const PASS = 'harbour lantern quietly orchard 42';
let dir: string;
let app: App;

const invoke = <T = never>(channel: string, input?: unknown) => invokeOn<T>(app, channel, input);

const create = (date: string, text: string, worlds: string[] = [], templateId: string | null = null) =>
  invoke<Entry>('entries:create', {
    date,
    templateId,
    content: textDoc(text),
    tags: { worlds, free: [] },
  });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-insights-'));
  app = createApp(testPorts(dir));
  await invoke('vault:create', { passphrase: PASS });
});
afterEach(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

const found = async (text: string, filters: object = {}) =>
  (await invoke<SearchResult>('search:query', { text, ...filters })).hits.map((h) => h.id);

describe('search through the handlers', () => {
  it('finds @people derived from the content, and follows renames', async () => {
    const e = await invoke<Entry>('entries:create', {
      date: '2026-11-20',
      content: doc(paragraph(textNode('Coffee with '), mentionNode('Priya'), textNode(' about the allotments.'))),
      tags: { worlds: ['NHS'], free: [] },
    });
    expect(await found('priya')).toEqual([e.id]);
    expect(await found('allotment')).toEqual([e.id]);
    await invoke('tags:rename', { kind: 'worlds', from: 'NHS', to: 'Health board' });
    expect(await found('health board')).toEqual([e.id]);
    expect(await found('', { worlds: ['NHS'] })).toEqual([]);
    await invoke('tags:rename', { kind: 'people', from: 'Priya', to: 'Priyanka' });
    expect(await found('priyanka')).toEqual([e.id]);
  });

  it('refuses once locked, and is rebuilt from disk after the next unlock', async () => {
    const e = await create('2026-11-21', 'The tide came in over the causeway.');
    expect(await found('causeway')).toEqual([e.id]);
    const search = app.session.search();
    await invoke('vault:lock');
    expect(search.size).toBe(0);
    await expect(invoke('search:query', { text: 'causeway' })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await invoke('vault:unlock', { passphrase: PASS });
    expect(await found('causeway')).toEqual([e.id]);
  });

  it('refuses a malformed query', async () => {
    await expect(invoke('search:query', { text: 'x', from: 'yesterday' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

/** A value-creation story with answers in the sections whose headings are given. */
async function story(date: string, answeredHeadings: string[]): Promise<Entry> {
  const fresh = await invoke<Entry>('templates:newEntry', { templateId: 'builtin-value-creation-story', date });
  const children = (fresh.content.root as unknown as { children: Array<Record<string, unknown>> }).children;
  let current = '';
  const filled = children.map((node) => {
    if (node.type === 'heading') current = (node.children as Array<{ text: string }>)[0]!.text;
    const isAnswerSlot = node.type === 'paragraph' && (node.children as unknown[]).length === 0;
    return isAnswerSlot && answeredHeadings.includes(current) ? paragraph(textNode(`About ${current}.`)) : node;
  });
  const content = { root: { ...fresh.content.root, children: filled } } as LexicalJson;
  const { entry } = await invoke<{ entry: Entry }>('entries:update', {
    id: fresh.id,
    baseRevision: fresh.revision,
    patch: { content, title: `Story ${date}` },
  });
  return entry;
}

describe('insights through the handlers', () => {
  it('reads the value ledger from the answers in real entries', async () => {
    await story('2026-03-02', ['Immediate value', 'Realised value']);
    await story('2026-05-10', ['Applied value', 'Strategic value']);
    await create('2026-05-11', 'A plain day.', ['council', 'school']);
    const r = await invoke<Insights>('insights:compute', { today: '2026-06-01', period: 'year' });
    expect(r.ledger.stories.map((s) => s.cycles)).toEqual([
      ['immediate', 'realised'],
      ['applied', 'strategic'],
    ]);
    expect(r.ledger.reached.realised).toBe(1);
    expect(r.templates.series.map((s) => [s.name, s.total])).toEqual([
      ['Value-creation story', 2],
      ['No template', 1],
    ]);
    expect(r.map.edges.map((e) => [e.a, e.b])).toEqual([['council', 'school']]);
    // An unanswered story shows up in the "unanswered prompts" filter; these two have prompts left too.
    expect((await found('', { unanswered: true })).length).toBe(2);
  });

  it('refuses a custom period that ends before it starts', async () => {
    await expect(
      invoke('insights:compute', { today: '2026-06-01', period: 'custom', from: '2026-06-02', to: '2026-06-01' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('finds entries from a week, a month and a year ago', async () => {
    const week = await create('2026-05-25', 'A week ago.');
    await create('2026-05-26', 'Not on any of those days.');
    const year = await create('2025-06-01', 'A year ago.');
    const r = await invoke<OnThisDay>('insights:onThisDay', { today: '2026-06-01' });
    expect(r.weekAgo.map((e) => e.id)).toEqual([week.id]);
    expect(r.monthAgo).toEqual([]);
    expect(r.yearAgo.map((e) => e.id)).toEqual([year.id]);
  });
});

describe('reviews', () => {
  it('creates a weekly review that links to each of the week’s entries and saves like any entry', async () => {
    const mon = await create('2026-11-23', 'Monday at the council.', ['council']);
    const sun = await create('2026-11-29', 'Sunday with the school.', ['school']);
    await create('2026-11-30', 'Next Monday: not this week.', ['council']);
    await create('2026-10-01', 'Last month at the hospital.', ['hospital']);
    await story('2026-11-25', ['Realised value']);

    const review = await invoke<Entry>('reviews:start', { kind: 'week', today: '2026-11-27' });
    expect(review.title).toBe('Weekly review: 23 November to 29 November 2026');
    expect(review.tags.free).toEqual(['weekly', 'review']);
    expect(review.text).toContain('3 entries on 3 days this week.');
    expect(review.text).toContain('Touched: council (1), school (1).');
    expect(review.text).toContain('Not touched this week, though in the months before: hospital.');
    expect(review.text).toContain(': reached realised value');

    const linked = readContent(review.content, () =>
      $dfs()
        .map(({ node }) => node)
        .filter($isEntryLinkNode)
        .map((link) => link.getEntryId()),
    );
    expect(linked).toContain(mon.id);
    expect(linked).toContain(sun.id);
    expect(linked).toHaveLength(4); // three entries, and the story again in the value stories
    // Each link opens an entry that exists.
    for (const id of new Set(linked)) expect((await invoke<Entry>('entries:get', { id })).id).toBe(id);
    // The prompts wait for an answer, and the review saves like any other entry.
    expect(await found('', { unanswered: true })).toContain(review.id);
    const saved = await invoke<{ entry: Entry }>('entries:update', {
      id: review.id,
      baseRevision: review.revision,
      patch: { title: 'My week' },
    });
    expect(saved.entry.title).toBe('My week');
  });

  it('links each entry with an entry link after its day, which shows the title the entry has now', async () => {
    const first = await invoke<Entry>('entries:create', {
      date: '2026-11-23',
      title: 'Steering group',
      content: textDoc('Both teams.'),
    });
    await story('2026-11-25', ['Realised value']);
    const review = await invoke<Entry>('reviews:start', { kind: 'week', today: '2026-11-27' });
    const items = readContent(review.content, () =>
      $dfs()
        .map(({ node }) => node)
        .filter($isListItemNode)
        .map((item) => item.getChildren().map((child) => [child.getType(), child.getTextContent()])),
    );
    expect(items).toEqual([
      [
        ['text', '23 November: '],
        ['entry-link', 'Steering group'],
      ],
      [
        ['text', '25 November: '],
        ['entry-link', 'Story 2026-11-25'],
      ],
      [
        ['text', '25 November: '],
        ['entry-link', 'Story 2026-11-25'],
        ['text', ': reached realised value'],
      ],
    ]);
    expect(JSON.stringify(review.content)).not.toContain('#entry/');
    expect(await invoke('entries:linkedFrom', { id: first.id })).toEqual([
      { id: review.id, date: review.date, title: review.title },
    ]);

    // Renamed after the review was made, the entry is listed by its new title, as any entry link is.
    await invoke('entries:update', {
      id: first.id,
      baseRevision: first.revision,
      patch: { title: 'Steering group, again' },
    });
    const preview = await invoke<{ firstPage: { text: string } }>('export:preview', {
      entryIds: [review.id],
      format: 'md',
      options: { ...DEFAULT_PACK_OPTIONS, cover: null },
    });
    expect(preview.firstPage.text).toContain('- 23 November: Steering group, again\n');
  });

  it('creates a monthly review of the calendar month', async () => {
    await create('2026-02-01', 'First of February.');
    await create('2026-02-28', 'Last of February.');
    await create('2026-03-01', 'March.');
    const review = await invoke<Entry>('reviews:start', { kind: 'month', today: '2026-02-14' });
    expect(review.title).toBe('Monthly review: February 2026');
    expect(review.text).toContain('2 entries on 2 days this month.');
  });
});
