import type { Entry, LexicalJson } from '@shared/entry';
import { type ExportCover, type PackOptions, REDACTED_PHRASE, type RedactionList } from '@shared/export';
import { isRecord } from '@shared/lexical/lexical-json';
import { stripUnansweredPrompts } from '@shared/lexical/prompt-rule';
import { type LinkedEntry, showLink } from './linked-entries';
import { dayWords, packDate } from './pack-dates';
import { PhraseMatcher, type PhraseRule } from './phrase-matcher';
import { redactContent } from './redact-content';

/** An entry as it goes into a pack: what the vault holds, plus its template's name. */
export type SourceEntry = Pick<Entry, 'id' | 'date' | 'createdAt' | 'title' | 'tags' | 'content'> & {
  templateName: string | null;
};

export interface PackEntry {
  /** `YYYY-MM-DD` or `YYYY-MM`, at the chosen detail. */
  dateKey: string;
  dateLabel: string;
  title: string;
  templateName: string | null;
  tags: string[];
  worlds: string[];
  content: LexicalJson;
}

declare const redacted: unique symbol;

/**
 * Entries after redaction, in date order, with the cover. Only {@link redactPack} makes one (the
 * brand cannot be written elsewhere without a cast), and every writer takes only this type, so
 * no writer can be handed an entry that has not been redacted.
 */
export interface RedactedPack {
  readonly [redacted]: true;
  readonly cover: ExportCover | null;
  readonly entries: readonly PackEntry[];
  /** "30 November 2026". */
  readonly generatedOn: string;
}

const DEFAULT_TITLE = 'Reflection';

/** What the pack needs of the whole journal, from the index main holds. */
export interface JournalIndex {
  /** Everyone the journal mentions anywhere. */
  people: readonly string[];
  /** Every entry, live and trashed, by id: what links to them show. */
  entries: ReadonlyMap<string, LinkedEntry>;
}

/**
 * The one place entries are redacted. `today` is the generation day (`YYYY-MM-DD`); passing it
 * in keeps this a pure function of its arguments.
 */
export function redactPack(
  source: readonly SourceEntry[],
  options: PackOptions,
  list: RedactionList,
  today: string,
  journal: JournalIndex,
): RedactedPack {
  const entries = [...source].sort((a, b) => compare(a.date, b.date) || compare(a.createdAt, b.createdAt));
  const people = personLabels(entries, list, journal.people);
  const worlds = worldLabels(entries, list);
  const rules: PhraseRule[] = [
    ...list.phrases.map((p) => ({ phrase: p.phrase, replacement: p.replacement || REDACTED_PHRASE })),
    ...[...people.values()].map(({ name, label }) => ({ phrase: name, replacement: label })),
    ...(options.worlds === 'label'
      ? [...worlds.values()].map(({ name, label }) => ({ phrase: name, replacement: label }))
      : []),
  ];
  const matcher = new PhraseMatcher(rules);
  const labelFor = (name: string) => people.get(keyOf(name))?.label ?? matcher.replace(name);
  const text = (value: string) => matcher.replace(value);
  const redaction = {
    matcher,
    labelFor,
    showLink: (id: string, lastSeen: string) => showLink(journal.entries, id, lastSeen, options.dates),
  };

  const packed = entries.map((entry): PackEntry => {
    const date = packDate(entry.date, options.dates);
    const content = options.omitUnansweredPrompts ? stripUnansweredPrompts(entry.content) : entry.content;
    return {
      dateKey: date.key,
      dateLabel: date.label,
      title: text(entry.title.trim() || DEFAULT_TITLE),
      templateName: entry.templateName === null ? null : text(entry.templateName),
      tags: options.hideTags ? [] : entry.tags.free.map(text),
      worlds: worldsShown(entry.tags.worlds, options, worlds, text),
      content: redactContent(content, redaction),
    };
  });
  const cover = options.cover === null ? null : redactCover(options.cover, packed, text);
  return { cover, entries: packed, generatedOn: dayWords(today) } as unknown as RedactedPack;
}

/** Code-unit order: dates and ISO times sort correctly, far faster than localeCompare. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (name: string) => name.normalize('NFC').trim().toLowerCase();

interface Labelled {
  name: string;
  label: string;
}

/**
 * Every person mentioned in the pack, in order of first appearance, with the writer's label or the
 * next neutral one; then everyone else the journal mentions, whose names may still be written in
 * the chosen entries as plain text.
 */
function personLabels(
  entries: readonly SourceEntry[],
  list: RedactionList,
  known: readonly string[],
): Map<string, Labelled> {
  const chosen = new Map(list.people.map((p) => [keyOf(p.name), p.label]));
  const labels = new Map<string, Labelled>();
  let neutral = 0;
  const add = (name: string) => {
    const key = keyOf(name);
    if (key === '' || labels.has(key)) return;
    labels.set(key, { name: name.trim(), label: chosen.get(key) ?? `Person ${letters(neutral++)}` });
  };
  for (const entry of entries) {
    mentionNames(entry.content.root).forEach(add);
    entry.tags.people.forEach(add);
  }
  known.forEach(add);
  return labels;
}

function worldLabels(entries: readonly SourceEntry[], list: RedactionList): Map<string, Labelled> {
  const chosen = new Map(list.worlds.map((w) => [keyOf(w.name), w.label]));
  const labels = new Map<string, Labelled>();
  let neutral = 0;
  for (const name of entries.flatMap((entry) => entry.tags.worlds)) {
    const key = keyOf(name);
    if (key === '' || labels.has(key)) continue;
    labels.set(key, { name: name.trim(), label: chosen.get(key) ?? `World ${++neutral}` });
  }
  return labels;
}

function worldsShown(
  names: readonly string[],
  options: PackOptions,
  labels: Map<string, Labelled>,
  text: (value: string) => string,
): string[] {
  if (options.worlds === 'hide') return [];
  if (options.worlds === 'label')
    return [...new Set(names.map((name) => labels.get(keyOf(name))?.label ?? text(name)))];
  return names.map(text);
}

/** A, B, …, Z, AA, AB, … */
function letters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function mentionNames(node: unknown, into: string[] = []): string[] {
  if (!isRecord(node)) return into;
  if (node.type === 'mention' && typeof node.mentionName === 'string') into.push(node.mentionName);
  if (Array.isArray(node.children)) node.children.forEach((child) => mentionNames(child, into));
  return into;
}

function redactCover(cover: ExportCover, entries: readonly PackEntry[], text: (value: string) => string): ExportCover {
  const first = entries[0];
  const last = entries.at(-1);
  const span =
    first === undefined || last === undefined
      ? ''
      : first.dateKey === last.dateKey
        ? first.dateLabel
        : `${first.dateLabel} – ${last.dateLabel}`;
  return {
    title: text(cover.title) || 'Supervision',
    author: text(cover.author),
    supervisor: text(cover.supervisor),
    period: text(cover.period) || span,
    purpose: text(cover.purpose),
    note: text(cover.note),
  };
}
