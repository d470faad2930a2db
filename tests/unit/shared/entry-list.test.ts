import { describe, expect, it } from 'vitest';
import type { EntryMeta } from '@shared/entry';
import {
  decodeEntryList,
  encodeEntryList,
  entryAfter,
  LABEL_CHARS,
  summarize,
  type EntrySummary,
} from '@shared/entry-list';

let n = 0;
function meta(overrides: Partial<EntryMeta> = {}): EntryMeta {
  n += 1;
  return {
    id: `entry${String(n).padStart(21, '0')}`,
    createdAt: `2026-03-0${(n % 9) + 1}T09:00:00.000Z`,
    updatedAt: '2026-03-09T09:00:00.000Z',
    date: '2026-03-02',
    title: '',
    templateId: null,
    tags: { worlds: [], people: [], free: [] },
    revision: 1,
    trashedAt: null,
    conflictOf: null,
    excerpt: '',
    wordCount: 0,
    ...overrides,
  };
}

describe('summarize', () => {
  it('labels an entry by its title, else the first words of its text, cut at a word', () => {
    expect(summarize(meta({ title: ' Council said no ', excerpt: 'We met' })).label).toBe('Council said no');
    const long = 'word '.repeat(100).trim();
    const label = summarize(meta({ excerpt: long })).label;
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(LABEL_CHARS + 1);
    expect(
      label
        .slice(0, -1)
        .split(' ')
        .every((w) => w === 'word'),
    ).toBe(true);
    expect(summarize(meta({ title: '', excerpt: '' })).label).toBe('');
  });
});

describe('the entries:list wire', () => {
  const entries: EntrySummary[] = [
    meta({ date: '2026-03-02', title: 'Board', tags: { worlds: ['NHS trust'], people: ['Ann'], free: ['energy'] } }),
    meta({ date: '2026-03-04', templateId: 'gibbs', tags: { worlds: ['NHS trust'], people: [], free: [] } }),
    meta({ date: '2026-03-02', trashedAt: '2026-03-05T10:00:00.000Z', conflictOf: 'entry000000000000000000001' }),
    meta({
      date: '2026-03-04',
      excerpt: 'Walked the river',
      tags: { worlds: [], people: ['Ann'], free: ['free:odd'] },
    }),
  ].map(summarize);

  it('gives back exactly what it was given, newest first', () => {
    const { entries: back, damaged } = decodeEntryList(
      JSON.parse(JSON.stringify(encodeEntryList(entries, [{ file: 'x.entry', reason: 'bad' }]))),
    );
    const newestFirst = [...entries].sort(
      (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
    );
    expect(back).toEqual(newestFirst);
    expect(damaged).toEqual([{ file: 'x.entry', reason: 'bad' }]);
  });

  it('names each tag and template once, and each day once', () => {
    const wire = encodeEntryList(entries, []);
    expect(wire.names.filter((name) => name === 'worlds:NHS trust')).toHaveLength(1);
    expect(wire.names).toContain('template:gibbs');
    expect(wire.days.map(([date]) => date)).toEqual(['2026-03-04', '2026-03-02']);
  });

  it('keeps a large journal under 100 bytes an entry when titles are short', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      summarize(
        meta({
          date: `2026-0${(i % 9) + 1}-1${i % 10}`,
          title: 'river council trust partners',
          tags: { worlds: ['council', 'trust'], people: ['Ann'], free: [] },
        }),
      ),
    );
    const bytes = JSON.stringify(encodeEntryList(many, [])).length;
    expect(bytes / many.length).toBeLessThan(100);
  });
});

describe('entryAfter: where the list goes once an entry leaves it', () => {
  it('is the next entry down, else the one above, else none', () => {
    expect(entryAfter(['a', 'b', 'c'], 'a')).toBe('b');
    expect(entryAfter(['a', 'b', 'c'], 'b')).toBe('c');
    expect(entryAfter(['a', 'b', 'c'], 'c')).toBe('b');
    expect(entryAfter(['a'], 'a')).toBeNull();
    expect(entryAfter([], 'a')).toBeNull();
  });

  it('is the first entry when the one leaving is not in the list', () => {
    expect(entryAfter(['a', 'b'], 'x')).toBe('a');
  });
});
