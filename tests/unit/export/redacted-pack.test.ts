import { describe, expect, it } from 'vitest';
import { headingNode, paragraphNode, quoteNode, textNode } from '@shared/lexical/lexical-json';
import { lexicalToPlainText } from '../../../src/main/core/export/plain-text';
import { doc, mentionNode, paragraph, textDoc } from '../../support/lexical-doc';
import { $append, $link, $list, $mention, $paragraph, $text, buildContent, richEntry } from './build-content';
import { pack, sourceEntry } from './pack-fixture';

const textOf = (p: ReturnType<typeof pack>, index = 0) => lexicalToPlainText(p.entries[index]!.content);
const BOLD = 1;

describe('redactPack: people', () => {
  it('gives each mentioned person a neutral label by first appearance across the pack, never initials', () => {
    const later = sourceEntry(doc(paragraph(mentionNode('Cleo'), textNode(' and '), mentionNode('Ana'))), {
      date: '2026-11-25',
    });
    const earlier = sourceEntry(richEntry(), { date: '2026-11-20' });
    const result = pack([later, earlier]);
    expect(textOf(result, 0)).toContain('Spoke with Person A and Person B about the map.');
    expect(textOf(result, 0)).toContain('Again Person A, then Person C.');
    expect(textOf(result, 1)).toBe('Person C and Person A');
    expect(JSON.stringify(result)).not.toMatch(/Ana|Okafor|Cleo|"mention"|mentionName|\bCW\b/);
  });

  it('uses the label the writer chose for a person, matching the name in any case', () => {
    const result = pack(
      [sourceEntry(doc(paragraph(mentionNode('Ana'), textNode(' met '), mentionNode('Ben'))))],
      {},
      {
        people: [{ name: 'ana', label: 'my manager' }],
      },
    );
    expect(textOf(result)).toBe('my manager met Person A');
  });

  it('also replaces a mentioned name written as plain text, in titles, headings and tags', () => {
    const entry = sourceEntry(
      doc(headingNode('h2', 'Ana again'), paragraph(mentionNode('Ana'), textNode(', ana said.'))),
      {
        title: 'Supervision with Ana',
        tags: { worlds: [], people: ['Ana'], free: ['ana-project', 'Ana'] },
      },
    );
    const result = pack([entry]);
    expect(result.entries[0]!.title).toBe('Supervision with Person A');
    expect(result.entries[0]!.tags).toEqual(['Person A-project', 'Person A']);
    expect(textOf(result)).toBe('Person A again\n\nPerson A, Person A said.');
  });

  it('replaces people the journal mentions elsewhere when their names appear as plain text', () => {
    const entry = sourceEntry(doc(paragraph(mentionNode('Ben'), textNode(' told me Dana was away.'))));
    expect(textOf(pack([entry], {}, {}, ['Dana', 'Ben']))).toBe('Person A told me Person B was away.');
  });
});

describe('redactPack: people of several words and any script', () => {
  it('redacts the whole name, mentioned or written out, surname included', () => {
    const entry = sourceEntry(
      doc(
        paragraph(mentionNode('Helen Bevan'), textNode(' and '), mentionNode('李 小龍')),
        paragraph(textNode('Later helen bevan wrote to Александра Петрова.')),
      ),
      { title: 'With Helen Bevan', tags: { worlds: [], people: ['Helen Bevan', '李 小龍'], free: [] } },
    );
    const result = pack([entry], {}, {}, ['Helen Bevan', '李 小龍', 'Александра Петрова']);
    expect(result.entries[0]!.title).toBe('With Person A');
    expect(textOf(result)).toBe('Person A and Person B\n\nLater Person A wrote to Person C.');
    expect(JSON.stringify(result)).not.toMatch(/Helen|Bevan|李|小龍|Александра|Петрова/iu);
  });
});

describe('redactPack: the redaction list', () => {
  const list = {
    phrases: [
      { phrase: 'Fife Council', replacement: 'the council' },
      { phrase: 'Łódź', replacement: '' },
    ],
  };

  it('replaces whole words only, ignoring case, with the default replacement when none is given', () => {
    const entry = sourceEntry(textDoc('FIFE council met in łódź; Fife Councillors and Łódźka stayed.'));
    expect(textOf(pack([entry], {}, list))).toBe('the council met in [redacted]; Fife Councillors and Łódźka stayed.');
  });

  it('finds a phrase split over differently formatted runs and across a line break', () => {
    const entry = sourceEntry(
      doc(
        paragraph(textNode('At Fi', BOLD), textNode('fe '), textNode('Council', BOLD), textNode(' today.')),
        paragraph(textNode('Fife'), { type: 'linebreak', version: 1 }, textNode('Council')),
      ),
    );
    const content = pack([entry], {}, list).entries[0]!.content;
    expect(lexicalToPlainText(content)).toBe('At the council today.\n\nthe council');
    const first = (
      content.root as unknown as { children: Array<{ children: Array<{ text: string; format: number }> }> }
    ).children[0]!;
    expect(first.children).toEqual([
      expect.objectContaining({ text: 'At the council', format: BOLD }),
      expect.objectContaining({ text: ' today.', format: 0 }),
    ]);
  });

  it('matches inside words in scripts written without spaces', () => {
    const entry = sourceEntry(textDoc('我和李明说话。민수는 왔다. Αθηνά, ΑΘΗΝΆ!'));
    const result = pack(
      [entry],
      {},
      {
        phrases: [
          { phrase: '李明', replacement: 'X' },
          { phrase: '민수', replacement: 'Y' },
          { phrase: 'αθηνά', replacement: 'Z' },
        ],
      },
    );
    expect(textOf(result)).toBe('我和X说话。Y는 왔다. Z, Z!');
  });

  it('drops a link address that holds a redacted phrase anywhere, keeping its redacted text', () => {
    const content = buildContent(() =>
      $append(
        $paragraph($link('https://fife.example/councilreport?who=Fife%20Council', 'Fife Council report')),
        $paragraph($link('https://example.org/map', 'the map')),
        $paragraph($link('javascript:alert(1)', 'bad')),
      ),
    );
    const json = JSON.stringify(pack([sourceEntry(content)], {}, list).entries[0]!.content);
    expect(json).not.toMatch(/fife/i);
    expect(json).toContain('"url":"https://example.org/map"');
    expect(json).not.toContain('javascript');
    expect(json).toContain('the council report');
  });

  it('redacts the cover, and keeps only fields the writers read (no template marks)', () => {
    const marked = doc(
      quoteNode([textNode('Who was at Fife Council?')], { landscapePrompt: 'Who was at Fife Council?' }),
    );
    const result = pack(
      [sourceEntry(marked)],
      {
        omitUnansweredPrompts: false,
        cover: {
          title: 'Fife Council work',
          author: 'Sam',
          supervisor: '',
          period: '',
          purpose: '',
          note: 'About Fife Council.',
        },
      },
      list,
    );
    expect(result.cover).toMatchObject({
      title: 'the council work',
      note: 'About the council.',
      period: 'Monday 23 November 2026',
    });
    expect(JSON.stringify(result)).not.toMatch(/Fife|landscapePrompt/);
  });
});

describe('redactPack: options', () => {
  const tags = { worlds: ['NHS Fife', 'Council'], people: [], free: ['housing'] };

  it('hides tags and worlds when asked', () => {
    const result = pack([sourceEntry(textDoc('x'), { tags })], { hideTags: true, worlds: 'hide' });
    expect(result.entries[0]).toMatchObject({ tags: [], worlds: [] });
  });

  it('replaces worlds with chosen or numbered labels, in the text too', () => {
    const result = pack(
      [sourceEntry(textDoc('Back at NHS Fife.'), { tags })],
      { worlds: 'label' },
      {
        worlds: [{ name: 'council', label: 'the local authority' }],
      },
    );
    expect(result.entries[0]!.worlds).toEqual(['World 1', 'the local authority']);
    expect(textOf(result)).toBe('Back at World 1.');
  });

  it('coarsens dates to the week or month and orders entries by date', () => {
    const entries = [
      sourceEntry(textDoc('b'), { date: '2026-11-29' }),
      sourceEntry(textDoc('a'), { date: '2026-11-01' }),
    ];
    expect(pack(entries, { dates: 'week' }).entries.map((e) => [e.dateKey, e.dateLabel])).toEqual([
      ['2026-10-26', 'Week of 26 October 2026'],
      ['2026-11-23', 'Week of 23 November 2026'],
    ]);
    expect(pack(entries, { dates: 'month' }).entries.map((e) => e.dateLabel)).toEqual([
      'November 2026',
      'November 2026',
    ]);
    expect(JSON.stringify(pack(entries, { dates: 'month' }))).not.toMatch(/2026-11-(01|29)/);
  });

  it('leaves out unanswered template prompts, or keeps them when asked', () => {
    const content = doc(
      headingNode('h2', 'What happened?', { landscapeHeading: 'What happened?' }),
      quoteNode([textNode('Describe it.')], { landscapePrompt: 'Describe it.' }),
      paragraphNode(),
    );
    expect(textOf(pack([sourceEntry(content)]))).toBe('');
    expect(textOf(pack([sourceEntry(content)], { omitUnansweredPrompts: false }))).toContain('Describe it.');
  });

  it('keeps the structure: headings, formats, nested lists, quotes, rules', () => {
    const content = buildContent(() =>
      $append(
        $list('bullet', 'one', { text: 'two', nested: $list('number', 'two a') }),
        $paragraph($text('b', 'bold'), $mention('Ana')),
      ),
    );
    expect(textOf(pack([sourceEntry(content)]))).toBe('- one\n- two\n  1. two a\n\nbPerson A');
    expect(textOf(pack([sourceEntry(richEntry())]))).toContain('[x] done\n[ ] todo\n\n---');
  });
});
