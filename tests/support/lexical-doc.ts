// Lexical JSON as the editor stores it, built by hand for tests and benchmarks that need no editor.
import type { LexicalJson } from '../../src/shared/entry';

type Node = Record<string, unknown>;

export const textNode = (text: string, format = 0): Node => ({
  type: 'text',
  text,
  version: 1,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

export const mentionNode = (name: string): Node => ({
  type: 'mention',
  mentionName: name,
  text: `@${name}`,
  version: 1,
  format: 0,
  detail: 0,
  mode: 'token',
  style: '',
});

export const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: null,
  textFormat: 0,
  textStyle: '',
  children,
});

export const doc = (...blocks: Node[]): LexicalJson => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: blocks },
});

/** One paragraph per string. */
export const textDoc = (...paragraphs: string[]): LexicalJson => doc(...paragraphs.map((p) => paragraph(textNode(p))));
