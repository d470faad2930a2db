import { $createLineBreakNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { lexicalToPlainText } from '../../../src/main/core/content/plain-text';
import { AppError } from '@shared/errors';
import {
  $append,
  $heading,
  $list,
  $mention,
  $paragraph,
  $quote,
  $rule,
  $text,
  buildContent,
  richEntry,
} from '../export/build-content';

describe('lexicalToPlainText', () => {
  it('separates blocks by a blank line and puts each list item on its own line', () => {
    expect(lexicalToPlainText(richEntry())).toBe(
      [
        'A day at the hub',
        '',
        'It was calm, slow, odd and gone.',
        '',
        'Spoke with @Ana and @Ben Okafor about the map.',
        '',
        'What did I notice?',
        '',
        '- one',
        '- two',
        '  - two a',
        '',
        '1. first',
        '2. second',
        '',
        '[x] done',
        '[ ] todo',
        '',
        '---',
        '',
        'After',
        '',
        'Again @Ana, then @Cleo.',
      ].join('\n'),
    );
  });

  it('keeps line breaks inside a paragraph', () => {
    const content = buildContent(() => $append($paragraph($text('one'), $createLineBreakNode(), $text('two'))));
    expect(lexicalToPlainText(content)).toBe('one\ntwo');
  });

  it('numbers a list from its start', () => {
    const content = buildContent(() => {
      const list = $list('number', 'a', 'b');
      list.setStart(4);
      $append(list);
    });
    expect(lexicalToPlainText(content)).toBe('4. a\n5. b');
  });

  it('keeps empty paragraphs as empty blocks', () => {
    const content = buildContent(() => $append($paragraph($text('a')), $paragraph(), $paragraph($text('b'))));
    expect(lexicalToPlainText(content)).toBe('a\n\n\n\nb');
  });

  it('writes a rule and a quote', () => {
    const content = buildContent(() => $append($heading('h3', 'Title'), $quote($text('q')), $rule()));
    expect(lexicalToPlainText(content)).toBe('Title\n\nq\n\n---');
  });

  it('redacts every mention with redactPeople', () => {
    const text = lexicalToPlainText(richEntry(), { redactPeople: true });
    expect(text).toContain('Spoke with [person] and [person] about the map.');
    for (const name of ['Ana', 'Ben', 'Okafor', 'Cleo']) expect(text).not.toContain(name);
  });

  it('redacts mentions inside list items', () => {
    const content = buildContent(() => {
      const list = $list('bullet', 'x');
      list.getFirstChildOrThrow<import('lexical').ElementNode>().append($text(' with '), $mention('Eve'));
      $append(list);
    });
    expect(lexicalToPlainText(content, { redactPeople: true })).toBe('- x with [person]');
  });

  it('reports content Lexical cannot read as ENTRY_DAMAGED', () => {
    const broken = { root: { type: 'root', children: [{ type: 'no-such-node', version: 1 }] } };
    expect(() => lexicalToPlainText(broken as never)).toThrow(AppError);
    try {
      lexicalToPlainText(broken as never);
    } catch (error) {
      expect((error as AppError).code).toBe('ENTRY_DAMAGED');
    }
  });
});
