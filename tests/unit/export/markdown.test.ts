import { describe, expect, it } from 'vitest';
import { lexicalToMarkdown } from '../../../src/main/core/export/markdown';
import {
  $append,
  $mention,
  $paragraph,
  $rule,
  $text,
  buildContent,
  contentFromMarkdown,
  richEntry,
} from './build-content';

const RICH_MARKDOWN = [
  '# A day at the hub',
  '',
  'It was **calm**, *slow*, odd and ~~gone~~.',
  '',
  'Spoke with @Ana and @Ben\u00a0Okafor about [the map](https://example.org/map).',
  '',
  '> What did I notice?',
  '',
  '- one',
  '- two',
  '    - two a',
  '',
  '1. first',
  '2. second',
  '',
  '- [x] done',
  '- [ ] todo',
  '',
  '---',
  '',
  '## After',
  '',
  'Again @Ana, then @Cleo.',
].join('\n');

describe('lexicalToMarkdown', () => {
  it('writes headings, formats, mentions, links, quotes, lists, check lists and rules', () => {
    expect(lexicalToMarkdown(richEntry())).toBe(RICH_MARKDOWN);
  });

  it('writes underline as plain text, since markdown has no underline', () => {
    const content = buildContent(() => $append($paragraph($text('under', 'underline'))));
    expect(lexicalToMarkdown(content)).toBe('under');
  });

  it('combines formats on one run of text', () => {
    const content = buildContent(() => $append($paragraph($text('both', 'bold', 'italic'))));
    expect(lexicalToMarkdown(content)).toBe('***both***');
  });

  it('writes an empty entry as an empty string', () => {
    expect(lexicalToMarkdown(buildContent(() => $append($paragraph())))).toBe('');
  });

  it('writes a rule between paragraphs with blank lines, so it cannot read as a heading underline', () => {
    const content = buildContent(() => $append($paragraph($text('above')), $rule(), $paragraph($text('below'))));
    expect(lexicalToMarkdown(content)).toBe('above\n\n---\n\nbelow');
  });
});

describe('lexicalToMarkdown with redactPeople', () => {
  it('replaces every mention with [person]', () => {
    const markdown = lexicalToMarkdown(richEntry(), { redactPeople: true });
    expect(markdown).toContain('Spoke with [person] and [person] about [the map](https://example.org/map).');
    expect(markdown).toContain('Again [person], then [person].');
    for (const name of ['Ana', 'Ben', 'Okafor', 'Cleo']) expect(markdown).not.toContain(name);
    expect(markdown).not.toContain('@');
  });

  it('redacts a mention that carries formatting', () => {
    const content = buildContent(() => $append($paragraph($text('with '), $mention('Dee').toggleFormat('bold'))));
    const markdown = lexicalToMarkdown(content, { redactPeople: true });
    expect(markdown).not.toContain('Dee');
    expect(markdown).toContain('[person]');
  });

  it('leaves content without mentions unchanged', () => {
    const content = buildContent(() => $append($paragraph($text('Nobody here'))));
    expect(lexicalToMarkdown(content, { redactPeople: true })).toBe('Nobody here');
  });
});

describe('markdown → lexical → markdown', () => {
  const cases: Record<string, string> = {
    headings: '# One\n\n## Two\n\n### Three',
    'text formats': 'Plain **bold** *italic* ~~struck~~ ***both*** `code`',
    link: 'See [the site](https://example.org) today',
    quote: '> A quoted line',
    'bullet list': '- one\n- two\n    - nested',
    'numbered list': '1. first\n2. second\n3. third',
    'check list': '- [ ] open\n- [x] closed',
    'horizontal rule': 'above\n\n---\n\nbelow',
    mentions: 'Met @Ana and @Ben today',
    'email is not a mention': 'Write to me@example.org',
  };

  for (const [name, markdown] of Object.entries(cases)) {
    it(`keeps ${name}`, () => {
      expect(lexicalToMarkdown(contentFromMarkdown(markdown))).toBe(markdown);
    });
  }

  it('reads markdown into the real nodes, not into text that looks like them', () => {
    type Json = { type: string; children?: Json[]; [key: string]: unknown };
    const root = contentFromMarkdown(
      '# Title\n\n- [x] done\n- [ ] open\n\n---\n\nMet @Ana at [home](https://example.org)',
    ).root as unknown as Json;
    const [heading, list, rule, paragraph] = root.children ?? [];
    expect(heading).toMatchObject({ type: 'heading', tag: 'h1' });
    expect(list).toMatchObject({
      type: 'list',
      listType: 'check',
      children: [
        { checked: true, children: [{ text: 'done' }] },
        { checked: false, children: [{ text: 'open' }] },
      ],
    });
    expect(rule).toMatchObject({ type: 'horizontalrule' });
    expect(paragraph?.children).toMatchObject([
      { type: 'text', text: 'Met ' },
      { type: 'mention', mentionName: 'Ana', text: '@Ana' },
      { type: 'text', text: ' at ' },
      { type: 'link', url: 'https://example.org', children: [{ text: 'home' }] },
    ]);
  });

  it('keeps the whole rich entry, its multi-word mention included', () => {
    expect(lexicalToMarkdown(contentFromMarkdown(RICH_MARKDOWN))).toBe(RICH_MARKDOWN);
  });
});
