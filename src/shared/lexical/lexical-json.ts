// Lexical 0.52's serialized shapes, written by hand so the domain can build and read entry
// content without an editor. Tests check the output with a headless editor.
import { ENTRY_LINK_TYPE } from '../entry-link';

export interface JsonNode {
  type: string;
  version: number;
  [key: string]: unknown;
}

export interface JsonElement extends JsonNode {
  children: JsonNode[];
  direction: 'ltr' | 'rtl' | null;
  format: string;
  indent: number;
}

export interface JsonEditorState {
  root: JsonElement & { type: 'root' };
}

/** Lexical's text format bit for italic. */
export const ITALIC = 2;

type NodeState = Record<string, string>;

const elementFields = { direction: null, format: '', indent: 0, version: 1 } as const;

export function textNode(text: string, format = 0): JsonNode {
  return { type: 'text', version: 1, detail: 0, format, mode: 'normal', style: '', text };
}

export function headingNode(tag: 'h1' | 'h2' | 'h3', text: string, state?: NodeState): JsonElement {
  return { type: 'heading', tag, ...elementFields, children: [textNode(text)], ...withState(state) };
}

export function quoteNode(children: JsonNode[], state?: NodeState): JsonElement {
  return { type: 'quote', ...elementFields, children, ...withState(state) };
}

export function paragraphNode(children: JsonNode[] = []): JsonElement {
  return { type: 'paragraph', ...elementFields, textFormat: 0, textStyle: '', children };
}

export function editorState(children: JsonNode[]): JsonEditorState {
  return { root: { type: 'root', ...elementFields, children } };
}

function withState(state: NodeState | undefined): { $?: NodeState } {
  return state === undefined ? {} : { $: state };
}

/** The node's text, or its descendants' text run together; line breaks become spaces. */
export function textOf(node: unknown): string {
  if (!isRecord(node)) return '';
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak' || node.type === 'tab') return ' ';
  return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function linkNode(url: string, text: string): JsonElement {
  return { type: 'link', ...elementFields, url, rel: null, target: null, title: null, children: [textNode(text)] };
}

/** A link to another entry as the editor stores it (entry-link-node.ts): the target's id, and its title as text. */
export function entryLinkNode(entryId: string, title: string): JsonNode {
  return { ...textNode(title), type: ENTRY_LINK_TYPE, mode: 'token', entryId };
}

export function bulletList(items: JsonNode[][]): JsonElement {
  return {
    type: 'list',
    ...elementFields,
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: items.map((children, i) => ({ type: 'listitem', ...elementFields, value: i + 1, children })),
  };
}
