import type { Entry, LexicalJson } from '@shared/entry';
import type { Template } from '@shared/template';
import { isUnwritten } from '@shared/unwritten-entry';
import type { TemplateLibrary } from './template-library';
import type { Entries } from '../vault/entries';
import { applyTemplate } from './apply-template';
import { templateToLexical } from './template-to-lexical';

/** A new entry laid out by the template, with its suggested tags. */
export function newEntryFromTemplate(entries: Entries, template: Template, date: string): Promise<Entry> {
  return entries.create({
    date,
    templateId: template.id,
    tags: { worlds: template.suggestedTags.worlds, free: template.suggestedTags.free },
    content: templateToLexical(template) as unknown as LexicalJson,
  });
}

export type ApplyToEntryResult = { kind: 'needs-confirmation' } | { kind: 'applied'; entry: Entry };

/** Applies the template to a saved entry by the rule in apply-template.ts: writing is never overwritten. */
export async function applyTemplateToEntry(
  entries: Entries,
  template: Template,
  target: { id: string; baseRevision: number; append?: boolean | undefined },
): Promise<ApplyToEntryResult> {
  const entry = await entries.get(target.id);
  const result = applyTemplate(entry.content, template, { confirmedAppend: target.append });
  if (result.kind === 'needs-confirmation') return result;
  const { entry: saved } = await entries.update(target.id, target.baseRevision, {
    content: result.content as unknown as LexicalJson,
    templateId: template.id,
  });
  return { kind: 'applied', entry: saved };
}

/**
 * Removes an entry the writer left without writing in it (`isUnwritten`): a templated entry counts its
 * template's suggested tags as where it started. Purged, not trashed, since there is nothing to undo.
 */
export function discardIfUnwritten(entries: Entries, library: TemplateLibrary, id: string): Promise<boolean> {
  return entries.discard(id, async (entry) => {
    const template = entry.templateId ? await library.getTemplate(entry.templateId).catch(() => null) : null;
    return isUnwritten(entry, template?.suggestedTags ?? { worlds: [], free: [] });
  });
}
