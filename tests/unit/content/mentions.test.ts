import { describe, expect, it } from 'vitest';
import { peopleInContent } from '../../../src/main/core/content/mentions';
import { $append, $list, $mention, $paragraph, $quote, $text, buildContent, richEntry } from '../export/build-content';

describe('peopleInContent', () => {
  it('lists each mentioned name once, in order of first mention', () => {
    expect(peopleInContent(richEntry())).toEqual(['Ana', 'Ben Okafor', 'Cleo']);
  });

  it('finds mentions in quotes and nested lists', () => {
    const content = buildContent(() => {
      const inner = $list('bullet', 'deep ');
      inner.getFirstChildOrThrow<import('lexical').ElementNode>().append($mention('Zed'));
      $append($quote($mention('Quinn')), $list('bullet', { text: 'top', nested: inner }));
    });
    expect(peopleInContent(content)).toEqual(['Quinn', 'Zed']);
  });

  it('is empty when nobody is mentioned, and ignores a typed @ that is not a mention', () => {
    expect(peopleInContent(buildContent(() => $append($paragraph($text('@Ana wrote this')))))).toEqual([]);
  });
});

describe('MentionNode JSON', () => {
  it('stores type "mention", the name in mentionName and "@Name" as text, in token mode', () => {
    const content = buildContent(() => $append($paragraph($mention('Ana'))));
    const paragraph = content.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    expect(paragraph.children[0]).toMatchObject({ type: 'mention', mentionName: 'Ana', text: '@Ana', mode: 'token' });
  });
});
