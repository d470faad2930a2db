import { IS_STRIKETHROUGH } from 'lexical';
import type { LexicalJson } from '@shared/entry';
import { ENTRY_LINK_TYPE } from '@shared/entry-link';
import { isRecord } from '@shared/lexical/lexical-json';
import { GONE_ENTRY_MARK, type ShownLink } from './linked-entries';
import type { PhraseMatcher } from './phrase-matcher';

/*
 * Redaction of one entry's Lexical JSON. The output is rebuilt from an allow-list of node types
 * and fields, so nothing the writers do not read (a mention's name, template marks, link titles,
 * fields a later Lexical adds) can carry a name through. Mentions become plain text: the
 * person's label. A link to another entry becomes its title now, as text; one whose entry is in the
 * trash or gone is struck through and followed by a mark, as the editor marks it. Phrases are then replaced across each block's text as one string, so a name
 * split over bold and plain runs ("**Ja**ne") is still found; a label counts as a word edge
 * there, so "Jane" written right before the mention "@Jane" is still found too. A link whose address holds a
 * redacted phrase anywhere loses its address and keeps its (redacted) text.
 */

type Json = Record<string, unknown>;

export interface ContentRedaction {
  matcher: PhraseMatcher;
  /** The label for a mentioned person's name. */
  labelFor(name: string): string;
  /** What a link to another entry shows, given the title stored in it. */
  showLink(entryId: string, lastSeen: string): ShownLink;
}

/** Text nodes made from mentions, and the marks after gone links: matched as an edge (U+FFFC), never changed. */
const LABELS = new WeakSet<Json>();
const LABEL_EDGE = '\uFFFC';

const ELEMENT_FIELDS = { direction: null, format: '', indent: 0, version: 1 };
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem']);
const SAFE_URL = /^(https?:|mailto:)/i;

/** Redacted content; the input is not changed. */
export function redactContent(content: LexicalJson, redaction: ContentRedaction): LexicalJson {
  const root = content.root as Json;
  const children = rebuildChildren(root, redaction);
  return { root: { type: 'root', ...ELEMENT_FIELDS, direction: direction(root), children } } as LexicalJson;
}

function rebuildChildren(element: Json, redaction: ContentRedaction): Json[] {
  const children = Array.isArray(element.children) ? element.children.filter(isRecord) : [];
  return children.flatMap((child) => rebuild(child, redaction));
}

function rebuild(node: Json, redaction: ContentRedaction): Json[] {
  switch (node.type) {
    case ENTRY_LINK_TYPE:
      return entryLink(node, redaction);
    case 'text':
      return [textNode(String(node.text ?? ''), node.format)];
    case 'mention': {
      const label = textNode(redaction.labelFor(String(node.mentionName ?? '')), node.format);
      LABELS.add(label);
      return [label];
    }
    case 'linebreak':
    case 'tab':
      return [{ type: node.type, version: 1 }];
    case 'horizontalrule':
      return [{ type: 'horizontalrule', version: 1 }];
    case 'link':
    case 'autolink':
      return [linkNode(node, redaction)];
    default:
      return [element(node, redaction)];
  }
}

/** A link to another entry is written as its title, redacted like any text around it. */
function entryLink(node: Json, redaction: ContentRedaction): Json[] {
  const shown = redaction.showLink(String(node.entryId ?? ''), String(node.text ?? ''));
  if (!shown.gone) return [textNode(shown.title, node.format)];
  const mark = textNode(GONE_ENTRY_MARK, 0);
  LABELS.add(mark);
  return [textNode(shown.title, formatBits(node.format) | IS_STRIKETHROUGH), mark];
}

function element(node: Json, redaction: ContentRedaction): Json {
  const base = { ...ELEMENT_FIELDS, direction: direction(node), format: alignment(node), indent: indent(node) };
  const children = rebuildChildren(node, redaction);
  let out: Json;
  switch (node.type) {
    case 'heading':
      out = { type: 'heading', ...base, tag: /^h[1-6]$/.test(String(node.tag)) ? node.tag : 'h2', children };
      break;
    case 'quote':
      out = { type: 'quote', ...base, children };
      break;
    case 'list': {
      const listType = ['bullet', 'number', 'check'].includes(String(node.listType)) ? node.listType : 'bullet';
      const start = Number.isInteger(node.start) ? node.start : 1;
      out = { type: 'list', ...base, listType, start, tag: listType === 'number' ? 'ol' : 'ul', children };
      break;
    }
    case 'listitem':
      out = {
        type: 'listitem',
        ...base,
        value: Number.isInteger(node.value) ? node.value : 1,
        ...(typeof node.checked === 'boolean' ? { checked: node.checked } : {}),
        children,
      };
      break;
    default:
      // A paragraph, or a block type this list does not know: kept as a paragraph of its text.
      out = { type: 'paragraph', ...base, textFormat: 0, textStyle: '', children };
  }
  if (BLOCK_TYPES.has(String(out.type))) redactInline(out, redaction.matcher);
  return out;
}

function linkNode(node: Json, redaction: ContentRedaction): Json {
  const url = typeof node.url === 'string' ? node.url.trim() : '';
  const children = rebuildChildren(node, redaction);
  const keep = SAFE_URL.test(url) && !redaction.matcher.occursIn(decoded(url));
  return {
    type: 'link',
    ...ELEMENT_FIELDS,
    url: keep ? url : '',
    rel: 'noreferrer',
    target: null,
    title: null,
    children,
  };
}

function decoded(url: string): string {
  try {
    return `${url} ${decodeURIComponent(url)}`;
  } catch {
    return url;
  }
}

function textNode(text: string, format: unknown): Json {
  return {
    type: 'text',
    version: 1,
    detail: 0,
    format: formatBits(format),
    mode: 'normal',
    style: '',
    text: text.normalize('NFC'),
  };
}

const formatBits = (format: unknown) => (typeof format === 'number' && Number.isInteger(format) ? format : 0);

const direction = (node: Json) => (node.direction === 'rtl' || node.direction === 'ltr' ? node.direction : null);
const alignment = (node: Json) =>
  ['left', 'center', 'right', 'justify', 'start', 'end'].includes(String(node.format)) ? node.format : '';
const indent = (node: Json) => (Number.isInteger(node.indent) ? node.indent : 0);

interface Leaf {
  node: Json;
  start: number;
  end: number;
}

/** The text leaves of a block, through links but not into nested lists. */
function leavesOf(block: Json, into: Leaf[] = [], at = { offset: 0 }): Leaf[] {
  for (const child of block.children as Json[]) {
    if (child.type === 'list') continue;
    if (child.type === 'link') {
      leavesOf(child, into, at);
      continue;
    }
    const text = leafText(child);
    into.push({ node: child, start: at.offset, end: at.offset + text.length });
    at.offset += text.length;
  }
  return into;
}

function leafText(node: Json): string {
  if (LABELS.has(node)) return LABEL_EDGE;
  return node.type === 'text' ? (node.text as string) : node.type === 'tab' ? '\t' : '\n';
}

function redactInline(block: Json, matcher: PhraseMatcher): void {
  const leaves = leavesOf(block);
  const whole = leaves.map((leaf) => leafText(leaf.node)).join('');
  const matches = matcher.matches(whole);
  if (matches.length === 0) return;
  const dropped = new Set<Json>();
  for (const leaf of leaves) {
    let out = '';
    let at = leaf.start;
    for (const match of matches) {
      if (match.end <= leaf.start || match.start >= leaf.end) continue;
      if (match.start > at) out += whole.slice(at, match.start);
      // The replacement goes where the match begins, in that run's formatting.
      if (match.start >= leaf.start) out += match.replacement;
      at = Math.min(match.end, leaf.end);
    }
    if (at === leaf.start && out === '') continue;
    out += whole.slice(at, leaf.end);
    if (LABELS.has(leaf.node)) continue;
    if (leaf.node.type === 'text') leaf.node.text = out;
    else if (out === '') dropped.add(leaf.node);
  }
  pruneEmpty(block, dropped);
}

function pruneEmpty(element: Json, dropped: Set<Json>): void {
  const children = element.children as Json[];
  element.children = children.filter((child) => {
    if (dropped.has(child) || (child.type === 'text' && child.text === '')) return false;
    if (child.type === 'link') {
      pruneEmpty(child, dropped);
      return (child.children as Json[]).length > 0;
    }
    return true;
  });
}
