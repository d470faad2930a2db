import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type NodeKey,
  TextNode,
} from 'lexical';
import { $createMentionNode, $isMentionNode, MENTION_TRIGGER, type MentionNode } from '@shared/lexical/mention-node';
import {
  furtherWords,
  knownSpelling,
  NAME_CHAR,
  mentionChoices,
  QUERY,
  TYPED_MENTION,
  withoutPossessive,
  type MentionChoice,
} from './mention-names';

// What the @ menu does to the document: find the name typed at the caret, and put a mention in its place.
// The names themselves (what can be one, what is offered) are in mention-names.ts.

/** The caret's text node, the caret's offset in it, and the text before the caret; null for anything else. */
export function $caretText(): { node: TextNode; caret: number; before: string } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node) || !node.isSimpleText()) return null;
  const caret = selection.anchor.offset;
  return { node, caret, before: node.getTextContent().slice(0, caret) };
}

/**
 * Lexical's menu finds the typed name by counting back from the caret the length it matched a moment ago; with
 * fast typing the caret has moved on, so `typed` can miss the start of the name ("@" + "Don" instead of "@Don").
 * The part left behind goes too, and a new person's name is the whole name typed.
 */
export function $wholeTypedName(typed: TextNode, choice: MentionChoice): MentionChoice {
  if (typed.getTextContent().startsWith(MENTION_TRIGGER)) return choice;
  const before = typed.getPreviousSibling();
  if (!$isTextNode(before) || !before.isSimpleText()) return choice;
  const text = before.getTextContent();
  const at = text.lastIndexOf(MENTION_TRIGGER);
  const left = at < 0 ? '' : text.slice(at + MENTION_TRIGGER.length);
  if (at < 0 || (at > 0 && !/[\s(]/u.test(text[at - 1]!)) || !new RegExp(`^${NAME_CHAR}*$`, 'u').test(left))
    return choice;
  const [, tail] = at === 0 ? [undefined, before] : before.splitText(at);
  tail?.remove();
  return choice.isNew ? { ...choice, name: `${left}${typed.getTextContent()}` } : choice;
}

/**
 * The mention that `typed` (words typed after it) and `name` lengthen: the mention before it, if its name and the
 * text from it to the typed words begin `name` ("@Helen", " Bev" begin "Helen Bevan"). Fast typing can leave that
 * text in more than one node; they go too, so the mention is replaced whole.
 */
export function $lengthened(typed: TextNode, name: string): LexicalNode | null {
  if (typed.getTextContent().startsWith(MENTION_TRIGGER)) return null;
  const between: TextNode[] = [];
  let node = typed.getPreviousSibling();
  while ($isTextNode(node) && node.isSimpleText()) {
    between.unshift(node);
    node = node.getPreviousSibling();
  }
  if (!$isMentionNode(node)) return null;
  const said = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  const words = [node.getMentionName(), ...between.map((n) => n.getTextContent()), typed.getTextContent()];
  // The words typed so far begin the name chosen (a known person may be picked from the first letters).
  if (!said(name).startsWith(said(words.join(' ')))) return null;
  for (const n of between) n.remove();
  return node;
}

/** The mention just before `node`, if it is the one the writer has just made by typing. */
export function $freshMentionBefore(node: TextNode, fresh: NodeKey | null): MentionNode | null {
  const previous = node.getPreviousSibling();
  return $isMentionNode(previous) && previous.getKey() === fresh ? previous : null;
}

/** Replaces `from` … `to` of `node` (a plain text node) with a mention of `name`; the new mention. */
function $mentionRange(node: TextNode, from: number, to: number, name: string): MentionNode | null {
  const parts = node.splitText(from, to);
  const target = from === 0 ? parts[0] : parts[1];
  if (target === undefined) return null;
  const mention = $createMentionNode(name).setFormat(node.getFormat());
  target.replace(mention);
  return mention;
}

/**
 * Typing "@Name" and then a space or punctuation turns it into a mention; a name that matches a known person,
 * ignoring case, takes that person's spelling. Words typed on after that mention join it when together they
 * are a known person's whole name ("@Helen" " Bevan,"). Only the text just typed is converted, so loading or
 * pasting "@..." leaves it alone. Returns the key of a mention it made.
 */
export function $mentionTypedName(node: TextNode, people: readonly string[], fresh: NodeKey | null): NodeKey | null {
  const caretText = $caretText();
  if (caretText === null || caretText.node !== node) return null;
  const { before } = caretText;
  const longer = $freshMentionBefore(node, fresh);
  const words = longer === null ? null : furtherWords(longer.getMentionName(), before);
  if (longer !== null && words !== null && words.ender !== '') {
    const name = withoutPossessive(words.name);
    const known = people.find((person) => person.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (known === undefined) return null;
    const mention = $mentionRange(node, 0, name.length - longer.getMentionName().length, known);
    longer.remove();
    return mention?.getKey() ?? null;
  }
  const match = TYPED_MENTION.exec(before);
  if (match === null) return null;
  const [, lead = '', typed = ''] = match;
  const start = match.index + lead.length;
  const name = withoutPossessive(typed);
  const mention = $mentionRange(node, start, start + MENTION_TRIGGER.length + name.length, knownSpelling(people, name));
  return mention?.getKey() ?? null;
}

/**
 * Enter straight after "@Name" with the menu put away (Escape) ends the name as typed, as a space would: the
 * mention is made, and Enter then goes on to start the next line.
 */
export function $mentionBeforeCaret(people: readonly string[]): void {
  const caretText = $caretText();
  if (caretText === null) return;
  const { node, caret, before } = caretText;
  const match = QUERY.exec(before);
  const [, lead = '', typed = ''] = match ?? [];
  if (match === null || typed === '') return;
  const start = match.index + lead.length;
  $mentionRange(node, start, caret, knownSpelling(people, typed))?.selectNext(0, 0);
}

/** The name being typed at the caret and what the menu offers for it: after "@", or words after a fresh mention. */
export interface CaretQuery {
  node: TextNode;
  /** Where the typed name starts in `node`: its "@", or the space after the mention it lengthens. */
  from: number;
  caret: number;
  name: string;
  /** The mention the words lengthen, if they do. */
  lengthens: MentionNode | null;
  choices: MentionChoice[];
}

export function $queryAtCaret(people: readonly string[], fresh: NodeKey | null): CaretQuery | null {
  const caretText = $caretText();
  if (caretText === null) return null;
  const { node, caret, before } = caretText;
  const lengthens = $freshMentionBefore(node, fresh);
  const words = lengthens === null ? null : furtherWords(lengthens.getMentionName(), before);
  if (lengthens !== null && words !== null && words.ender === '') {
    return { node, from: 0, caret, name: words.name, lengthens, choices: mentionChoices(people, words.name, true) };
  }
  const match = QUERY.exec(before);
  if (match === null) return null;
  const [, lead = '', name = ''] = match;
  const from = match.index + lead.length;
  return { node, from, caret, name, lengthens: null, choices: mentionChoices(people, name, false) };
}

/**
 * Puts a mention of `choice` in place of `typed` (and of the mention it lengthens), then a space; or, for a new
 * person taken with Enter, ends the line there, as "@Name" and Enter does.
 */
export function $takeChoice(
  choice: MentionChoice,
  typed: TextNode,
  lengthens: LexicalNode | null,
  byEnter: boolean,
): void {
  const mention = $createMentionNode(choice.name).setFormat(typed.getFormat());
  typed.replace(mention);
  if ($isMentionNode(lengthens)) lengthens.remove();
  if (choice.isNew && byEnter) {
    mention.selectNext(0, 0);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertParagraph();
    return;
  }
  const space = $createTextNode(' ');
  mention.insertAfter(space);
  space.select(1, 1);
}
