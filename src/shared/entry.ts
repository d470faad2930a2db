import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, in the writer's own time zone. */
export const DayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const EntryId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not an entry id');

export const EntryTags = z.object({
  /** Communities, organisations and sectors the writer moves between. */
  worlds: z.array(z.string().min(1).max(80)).max(50),
  /** Derived from @mentions in the content, so exports can redact them. */
  people: z.array(z.string().min(1).max(80)).max(200),
  free: z.array(z.string().min(1).max(80)).max(50),
});
export type EntryTags = z.infer<typeof EntryTags>;

/** Deeper than any real document; a bound keeps checking and saving from running out of stack. */
const MAX_JSON_DEPTH = 256;

/** True for what JSON can hold and give back unchanged: no BigInt, functions, symbols, NaN, undefined or holes. */
function isPlainJson(value: unknown): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false;
      continue;
    }
    if (typeof v !== 'object' || depth >= MAX_JSON_DEPTH) return false;
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      // Only indices and length: an own `constructor` or other key would be lost by JSON, and Array
      // methods consult `constructor`, so such a list would throw in every walk over the content.
      if (proto !== Array.prototype || Object.keys(v).length !== v.length) return false;
      for (const item of v) stack.push([item, depth + 1]);
    } else if (proto === Object.prototype || proto === null)
      for (const item of Object.values(v)) stack.push([item, depth + 1]);
    else return false;
  }
  return true;
}

/** Lexical's `editorState.toJSON()`; validated structurally by Lexical when parsed. */
export const LexicalJson = z
  .object({ root: z.object({ type: z.literal('root') }).passthrough() })
  .passthrough()
  .refine(isPlainJson, 'content must be plain JSON (text, numbers, lists and objects), nested at most 256 deep');
export type LexicalJson = z.infer<typeof LexicalJson>;

/** A new, empty entry's content. */
export const EMPTY_CONTENT: LexicalJson = {
  root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [] },
};

export const EntryMeta = z.object({
  id: EntryId,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The day the reflection is about (not when it was written). */
  date: DayString,
  title: z.string().max(300),
  templateId: z.string().nullable(),
  tags: EntryTags,
  /** Monotonic per entry; an update names the revision it was based on. */
  revision: z.number().int().nonnegative(),
  trashedAt: z.string().nullable(),
  /** Set when this entry is a conflict copy of another. */
  conflictOf: z.string().nullable(),
  /** First words of the text, for lists. */
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
});
export type EntryMeta = z.infer<typeof EntryMeta>;

export const Entry = EntryMeta.extend({
  content: LexicalJson,
  /** Plain text derived from content; used by search and lists. */
  text: z.string(),
});
export type Entry = z.infer<typeof Entry>;

/**
 * The tags a writer sets. People are not among them: main derives them from the @mentions in the
 * content, as it derives the text, excerpt and word count. The page's copy of those is refused.
 */
export const WriterTags = z.strictObject({ worlds: EntryTags.shape.worlds, free: EntryTags.shape.free });
export type WriterTags = z.infer<typeof WriterTags>;

export const EntryDraft = z.strictObject({
  date: DayString,
  title: z.string().max(300).default(''),
  templateId: z.string().nullable().default(null),
  tags: WriterTags.default({ worlds: [], free: [] }),
  content: LexicalJson,
});
export type EntryDraft = z.input<typeof EntryDraft>;

export const EntryPatch = z.strictObject({
  date: DayString.optional(),
  title: z.string().max(300).optional(),
  templateId: z.string().nullable().optional(),
  tags: WriterTags.optional(),
  content: LexicalJson.optional(),
});
export type EntryPatch = z.infer<typeof EntryPatch>;

export interface DamagedEntry {
  /** The file name in the vault; its bytes are kept untouched. */
  file: string;
  reason: string;
}

export interface RevisionInfo {
  revision: number;
  updatedAt: string;
  title: string;
  wordCount: number;
}

/** A run of an entry's text, compared between an earlier version and now. */
export interface TextChange {
  kind: 'kept' | 'removed' | 'added';
  text: string;
}
