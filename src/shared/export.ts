import { z } from 'zod';
import { EntryId } from './entry';

/** What a supervision pack can be written as. `md-zip` is one Markdown file per entry in a .zip. */
export const ExportFormat = z.enum(['pdf', 'docx', 'html', 'md', 'md-zip']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  md: 'md',
  'md-zip': 'zip',
};

/** How exactly an entry's day is shown: the day itself, the week it fell in, or only its month. */
export const DateDetail = z.enum(['day', 'week', 'month']);
export type DateDetail = z.infer<typeof DateDetail>;

/** Worlds shown as written, left out, or each replaced with the label the writer chose. */
export const WorldsMode = z.enum(['show', 'hide', 'label']);
export type WorldsMode = z.infer<typeof WorldsMode>;

const Label = z.string().trim().min(1).max(80);

/** A phrase that is not a mention (an organisation, a place, a project) and what to write instead. */
export const RedactionPhrase = z.strictObject({
  phrase: z.string().trim().min(1).max(200),
  /** Empty means the default, {@link REDACTED_PHRASE}. */
  replacement: z.string().trim().max(200),
});
export type RedactionPhrase = z.infer<typeof RedactionPhrase>;

export const NameLabel = z.strictObject({ name: z.string().trim().min(1).max(80), label: Label });
export type NameLabel = z.infer<typeof NameLabel>;

/**
 * The writer's redaction list. It names real people and places, so it is kept encrypted in the
 * vault's records, never in preferences.
 */
export const RedactionList = z.strictObject({
  phrases: z.array(RedactionPhrase).max(1000),
  /** The label a mentioned person gets ("my manager"); others get "Person A", "Person B", … */
  people: z.array(NameLabel).max(1000),
  /** The label a world gets when worlds are replaced with labels; others get "World 1", … */
  worlds: z.array(NameLabel).max(500),
});
export type RedactionList = z.infer<typeof RedactionList>;

export const EMPTY_REDACTION_LIST: RedactionList = { phrases: [], people: [], worlds: [] };

/** What a phrase becomes when the writer gave no replacement. */
export const REDACTED_PHRASE = '[redacted]';

const CoverText = z.string().trim().max(200);

/** The optional cover page. Every field is redacted like the entries. */
export const ExportCover = z.strictObject({
  title: CoverText,
  /** The writer's name or a pseudonym. */
  author: CoverText,
  supervisor: CoverText,
  /** Empty means the span of the chosen entries' dates. */
  period: CoverText,
  purpose: CoverText,
  note: z.string().trim().max(2000),
});
export type ExportCover = z.infer<typeof ExportCover>;

export const PackOptions = z.strictObject({
  hideTags: z.boolean(),
  worlds: WorldsMode,
  dates: DateDetail,
  /** Leave out template headings and prompts nobody answered (docs/templates.md). */
  omitUnansweredPrompts: z.boolean(),
  cover: ExportCover.nullable(),
});
export type PackOptions = z.infer<typeof PackOptions>;

export const DEFAULT_PACK_OPTIONS: PackOptions = {
  hideTags: false,
  worlds: 'show',
  dates: 'day',
  omitUnansweredPrompts: true,
  cover: null,
};

export const ExportRequest = z.strictObject({
  entryIds: z.array(EntryId).min(1, 'choose at least one entry').max(20_000),
  format: ExportFormat,
  options: PackOptions,
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportPreview = z.object({
  count: z.number().int().nonnegative(),
  /** Titles and dates as they will appear, already redacted. */
  entries: z.array(z.object({ date: z.string(), title: z.string() })),
  /** The first page as it will look: a PNG data URL (print formats) or text (Markdown). */
  firstPage: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('image'), dataUrl: z.string() }),
    z.object({ kind: z.literal('text'), text: z.string() }),
  ]),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

/** The options remembered in preferences for next time: choices only, never names, labels or text. */
export const LastExportOptions = z.strictObject({
  format: ExportFormat,
  hideTags: z.boolean(),
  worlds: WorldsMode,
  dates: DateDetail,
  omitUnansweredPrompts: z.boolean(),
  withCover: z.boolean(),
});
export type LastExportOptions = z.infer<typeof LastExportOptions>;

export const ExportPhase = z.enum(['reading', 'writing', 'saving']);
export type ExportPhase = z.infer<typeof ExportPhase>;

export const ExportJobId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'not a job id');

export type ExportResult = { status: 'saved'; path: string; count: number } | { status: 'cancelled' };
