import { TEMPLATE_MARKS } from '../template';
import { isRecord, textOf } from './lexical-json';

/*
 * The export rule for template prompts.
 *
 * 1. The root's children are split into sections at each h1 or h2 heading. Anything before
 *    the first such heading is a section of its own.
 * 2. A node is *scaffolding* when it carries a template mark ($.landscapePrompt or
 *    $.landscapeHeading) and its text, whitespace aside, is still the text the template put
 *    there. A marked node the writer has edited is their own words, not scaffolding.
 * 3. A section is *answered* when any node in it other than its heading, and other than
 *    scaffolding, has text that is not just whitespace.
 * 4. An answered section is exported whole, prompts included, so a reader sees what was
 *    being answered.
 * 5. An unanswered section loses its scaffolding (template heading, hint and prompts) and its
 *    empty paragraphs. Anything else in it, such as a heading the writer wrote, stays.
 *
 * So nothing the writer typed is ever dropped; only template text nobody answered is.
 */

type Node = Record<string, unknown>;

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

function markOf(node: Node): string | undefined {
  const state = node.$;
  if (!isRecord(state)) return undefined;
  const mark = state[TEMPLATE_MARKS.prompt] ?? state[TEMPLATE_MARKS.heading];
  return typeof mark === 'string' ? mark : undefined;
}

/** True for a node a template inserted and the writer has not changed. */
export function isScaffolding(node: unknown): boolean {
  if (!isRecord(node)) return false;
  const mark = markOf(node);
  return mark !== undefined && normalise(textOf(node)) === normalise(mark);
}

function isSectionHeading(node: Node): boolean {
  return node.type === 'heading' && (node.tag === 'h1' || node.tag === 'h2');
}

function hasText(node: Node): boolean {
  return normalise(textOf(node)) !== '';
}

function sections(children: Node[]): Node[][] {
  const result: Node[][] = [[]];
  for (const child of children) {
    if (isSectionHeading(child)) result.push([]);
    result[result.length - 1]!.push(child);
  }
  return result.filter((section) => section.length > 0);
}

function isAnswered(section: Node[]): boolean {
  const body = isSectionHeading(section[0]!) ? section.slice(1) : section;
  return body.some((node) => !isScaffolding(node) && hasText(node));
}

function rootChildren(state: unknown): Node[] | undefined {
  if (!isRecord(state) || !isRecord(state.root) || !Array.isArray(state.root.children)) return undefined;
  return state.root.children.filter(isRecord);
}

/** Lexical JSON with unanswered prompts removed, by the rule above. The input is not changed. */
export function stripUnansweredPrompts<T extends { root: object }>(state: T): T {
  const children = rootChildren(state);
  if (children === undefined) return state;
  const kept = sections(children).flatMap((section) =>
    isAnswered(section)
      ? section
      : section.filter((node) => !isScaffolding(node) && !(node.type === 'paragraph' && !hasText(node))),
  );
  return { ...state, root: { ...state.root, children: kept } };
}

export interface SectionAnswer {
  /** The section's heading text ('' for what comes before the first heading). */
  heading: string;
  /** Whether a template put prompts here (unchanged ones still stand). */
  prompted: boolean;
  answered: boolean;
}

/**
 * Each section by the rule above, with whether it is answered: insights read a value story's cycles
 * from this, and search's "has unanswered prompts" filter is any prompted section left unanswered.
 */
export function sectionAnswers(state: unknown): SectionAnswer[] {
  const children = rootChildren(state);
  if (children === undefined) return [];
  return sections(children).map((section) => ({
    heading: isSectionHeading(section[0]!) ? normalise(textOf(section[0]!)) : '',
    prompted: section.some((node) => isScaffolding(node) && node.type !== 'heading'),
    answered: isAnswered(section),
  }));
}

/** Whether the content holds any words of the writer's own (template scaffolding aside). */
export function hasWriterText(state: unknown): boolean {
  const children = rootChildren(state);
  return children !== undefined && children.some((node) => !isScaffolding(node) && hasText(node));
}

/**
 * The content less every unchanged template heading and prompt: only the writer's own words.
 * Word counts, excerpts and the stored plain text come from this, so a fresh templated entry has none.
 */
export function withoutScaffolding<T extends { root: object }>(state: T): T {
  const root = state.root as Node;
  const children = Array.isArray(root.children) ? (root.children as unknown[]) : [];
  return { ...state, root: { ...root, children: children.filter((node) => !isScaffolding(node)) } };
}
