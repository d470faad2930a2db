import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import { templateToLexical } from '../../../src/main/core/templates/template-to-lexical';
import { EMPTY_CONTENT, type LexicalJson } from '@shared/entry';
import { isUnwritten } from '@shared/unwritten-entry';
import { doc, mentionNode, paragraph, textDoc } from '../../support/lexical-doc';

const SETBACK = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-setback-and-recovery')!;
const NO_TAGS = { worlds: [], free: [] };
const plain = { title: '', tags: { worlds: [], people: [], free: [] }, content: EMPTY_CONTENT };
const templated = {
  title: '',
  tags: { ...SETBACK.suggestedTags, people: [] },
  content: templateToLexical(SETBACK) as unknown as LexicalJson,
};
type Node = { type: string; text?: string; children?: Node[] };
const blocks = (content: LexicalJson) => (content.root as unknown as { children: Node[] }).children;

describe('isUnwritten: an entry the writer never wrote in', () => {
  it('holds for an empty entry and for blank paragraphs', () => {
    expect(isUnwritten(plain, NO_TAGS)).toBe(true);
    expect(isUnwritten({ ...plain, content: textDoc('', '   ') }, NO_TAGS)).toBe(true);
  });

  it('holds for a fresh templated entry: its headings, prompts and suggested tags are not the writer’s', () => {
    expect(isUnwritten(templated, SETBACK.suggestedTags)).toBe(true);
  });

  it('fails once there is one word of the writer’s own, a title, or a mention', () => {
    expect(isUnwritten({ ...plain, content: textDoc('Hello') }, NO_TAGS)).toBe(false);
    expect(isUnwritten({ ...plain, title: 'Board' }, NO_TAGS)).toBe(false);
    expect(isUnwritten({ ...plain, content: doc(paragraph(mentionNode('Ann'))) }, NO_TAGS)).toBe(false);
    const answered = structuredClone(templated.content);
    const firstAnswer = blocks(answered).find((n) => n.type === 'paragraph')!;
    firstAnswer.children = [{ ...(textDoc('x').root as unknown as { children: Node[] }).children[0]!.children![0]! }];
    expect(isUnwritten({ ...templated, content: answered }, SETBACK.suggestedTags)).toBe(false);
  });

  it('fails when a prompt was reworded: the changed prompt is the writer’s text', () => {
    const edited = structuredClone(templated.content);
    const quote = blocks(edited).find((n) => n.type === 'quote')!;
    quote.children![0]!.text = 'My own question';
    expect(isUnwritten({ ...templated, content: edited }, SETBACK.suggestedTags)).toBe(false);
  });

  it('fails when tags differ from those it started with, and ignores their order', () => {
    expect(isUnwritten({ ...plain, tags: { ...plain.tags, worlds: ['council'] } }, NO_TAGS)).toBe(false);
    expect(isUnwritten({ ...plain, tags: { ...plain.tags, free: ['idea'] } }, NO_TAGS)).toBe(false);
    expect(SETBACK.suggestedTags.free).toEqual(['setback']);
    expect(isUnwritten({ ...templated, tags: { ...templated.tags, free: [] } }, SETBACK.suggestedTags)).toBe(false);
    const started = { worlds: ['a', 'b'], free: [] };
    expect(isUnwritten({ ...plain, tags: { worlds: ['b', 'a'], people: [], free: [] } }, started)).toBe(true);
  });
});
