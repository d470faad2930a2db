import { AppError } from '@shared/errors';
import { EntryDraft, EntryId, EntryPatch, type Entry, type EntryMeta, type WriterTags } from '@shared/entry';
import { deriveContent, type DerivedContent } from '../content/derive';
import { applyPatch } from './conflict';

// The content is checked by parsing it once, in deriveContent; zod checks only the small fields.
export const DraftFields = EntryDraft.omit({ content: true });
const PatchFields = EntryPatch.omit({ content: true });

type Derived = Pick<Entry, 'tags' | 'content' | 'text' | 'excerpt' | 'wordCount'>;

export function fromContent(derived: DerivedContent, tags: WriterTags): Omit<Derived, 'content'> {
  const { text, excerpt, wordCount, people } = derived;
  return { text, excerpt, wordCount, tags: { worlds: tags.worlds, people, free: tags.free } };
}

/**
 * A checked patch as a function of the base it lands on. New content is parsed once, here, before
 * the save waits its turn; `body` is what it replaces. People always come from the content.
 */
export function editFor(patch: EntryPatch): { body?: Pick<Entry, 'content' | 'text'>; apply(base: Entry): Entry } {
  const { content, ...rest } = patch;
  const fields = PatchFields.safeParse(rest);
  if (!fields.success) throw invalid(fields.error.message);
  const { tags, ...meta } = fields.data;
  const derived = content === undefined ? undefined : deriveContent(content);
  return {
    ...(content !== undefined && derived ? { body: { content, text: derived.text } } : {}),
    apply(base) {
      const writer = { worlds: tags?.worlds ?? base.tags.worlds, free: tags?.free ?? base.tags.free };
      const next = applyPatch(base, meta);
      if (content === undefined || !derived) return { ...next, tags: { ...writer, people: base.tags.people } };
      return { ...next, content, ...fromContent(derived, writer) };
    },
  };
}

export function metaOf(entry: Entry): EntryMeta {
  const { content: _content, text: _text, ...meta } = entry;
  return meta;
}

export function checkId(id: string): void {
  if (!EntryId.safeParse(id).success) throw invalid('That is not an entry id.');
}

export function invalid(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}
