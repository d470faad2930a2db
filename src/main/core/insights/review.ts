import { addDays, mondayOf } from '@shared/calendar-day';
import type { z } from 'zod';
import type { EntryDraft as DraftSchema } from '@shared/entry';
import type { DayRange, EntryRef } from '@shared/insights';
import {
  bulletList,
  editorState,
  entryLinkNode,
  headingNode,
  paragraphNode,
  textNode,
  type JsonNode,
} from '@shared/lexical/lexical-json';
import { templateBlocks } from '../templates/template-to-lexical';
import { byDate, refOf, within, type InsightEntry } from './insight-entry';
import { landscapeMap } from './landscape-map';
import { monthRange } from './period';
import { valueLedger } from './value-ledger';

export type ReviewKind = 'week' | 'month';
type EntryDraft = z.output<typeof DraftSchema>;

/** The questions every review ends with: answered by the writer, left out of exports if not. */
export const REVIEW_PROMPTS = [
  { heading: 'The work no one saw', prompts: ['What did I do that no one saw?'] },
  { heading: 'Betting on people', prompts: ['Where did I bet on people?'] },
  { heading: 'The cost', prompts: ['What did it cost me?'] },
];

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const dayWords = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]}`;

export function reviewRange(kind: ReviewKind, today: string): DayRange {
  if (kind === 'month') return monthRange(today.slice(0, 7));
  const monday = mondayOf(today);
  return { from: monday, to: addDays(monday, 6) };
}

/**
 * A review entry for the week (Monday to Sunday) or the calendar month holding `today`: the counts,
 * a link to each entry, the worlds touched and those gone quiet, the value stories, then prompts.
 */
export function reviewDraft(
  kind: ReviewKind,
  today: string,
  entries: readonly InsightEntry[],
  nameOf: (templateId: string | null) => string,
): EntryDraft {
  const range = reviewRange(kind, today);
  const inPeriod = entries.filter(within(range)).sort(byDate);
  const span = kind === 'week' ? 'this week' : 'this month';
  const title =
    kind === 'week'
      ? `Weekly review: ${dayWords(range.from)} to ${dayWords(range.to)} ${range.to.slice(0, 4)}`
      : `Monthly review: ${MONTHS[Number(today.slice(5, 7)) - 1]} ${today.slice(0, 4)}`;
  const days = new Set(inPeriod.map((e) => e.meta.date)).size;
  const templates = countBy(inPeriod.map((e) => nameOf(e.meta.templateId)));
  const map = landscapeMap(entries, range);
  const ledger = valueLedger(inPeriod, range);

  const blocks: JsonNode[] = [
    headingNode('h2', 'In numbers'),
    para(`${plural(inPeriod.length, 'entry', 'entries')} on ${plural(days, 'day', 'days')} ${span}.`),
    ...(templates.length > 0 ? [para(`By template: ${templates.map(([n, c]) => `${n} ${c}`).join(', ')}.`)] : []),
    headingNode('h2', 'Entries'),
    inPeriod.length > 0 ? bulletList(inPeriod.map((e) => refLink(refOf(e)))) : para(`No entries ${span}.`),
    headingNode('h2', 'Worlds'),
    para(
      map.nodes.length > 0
        ? `Touched: ${map.nodes.map((n) => `${n.world} (${n.entries})`).join(', ')}.`
        : `No worlds named ${span}.`,
    ),
    ...(map.quiet.length > 0
      ? [para(`Not touched ${span}, though in the months before: ${map.quiet.join(', ')}.`)]
      : []),
    headingNode('h2', 'Value stories'),
    ledger.stories.length > 0
      ? bulletList(
          ledger.stories.map((s) => [
            ...refLink(s),
            textNode(s.cycles.length > 0 ? `: reached ${s.cycles.join(', ')} value` : ': no cycle answered yet'),
          ]),
        )
      : para(`No value-creation stories ${span}.`),
    ...templateBlocks({ sections: REVIEW_PROMPTS }),
  ];
  return {
    date: today,
    title,
    templateId: null,
    tags: { worlds: [], free: [kind === 'week' ? 'weekly' : 'monthly', 'review'] },
    // The vault derives the text and people from the content.
    content: editorState(blocks) as unknown as EntryDraft['content'],
  };
}

/**
 * The day, then a link to the entry like any other (entry-link-node.ts), so the editor shows the entry's
 * title as it is now, struck through once it is in the trash.
 */
function refLink(ref: EntryRef): JsonNode[] {
  return [textNode(`${dayWords(ref.date)}: `), entryLinkNode(ref.id, ref.title || 'Untitled')];
}

const para = (text: string) => paragraphNode([textNode(text)]);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function countBy(names: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
