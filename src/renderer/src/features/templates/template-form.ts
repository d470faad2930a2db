import type { z } from 'zod';
import { TemplateInput, type Template } from '@shared/template';
import type { FieldProblem } from '../../forms/field-kit';
import { t } from '../../i18n';

/** One section as typed into the editor: prompts are one per line. */
export interface SectionDraft {
  key: number;
  heading: string;
  prompts: string;
  hint: string;
}

/** The editor's fields as typed, before they become a TemplateInput. */
export interface TemplateDraft {
  name: string;
  description: string;
  whenToUse: string;
  source: string;
  sections: SectionDraft[];
  /** Comma-separated. */
  worlds: string;
  /** Comma-separated. */
  tags: string;
}

let nextKey = 0;
export function emptySection(): SectionDraft {
  return { key: nextKey++, heading: '', prompts: '', hint: '' };
}

export function toDraft(template?: Template): TemplateDraft {
  if (!template) {
    return { name: '', description: '', whenToUse: '', source: '', sections: [emptySection()], worlds: '', tags: '' };
  }
  return {
    name: template.name,
    description: template.description,
    whenToUse: template.whenToUse,
    source: template.source,
    sections: template.sections.map((section) => ({
      key: nextKey++,
      heading: section.heading,
      prompts: section.prompts.join('\n'),
      hint: section.hint ?? '',
    })),
    worlds: template.suggestedTags.worlds.join(', '),
    tags: template.suggestedTags.free.join(', '),
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Splits on commas, drops blanks, and keeps the first of any repeats (ignoring case). */
export function commaList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => {
      const folded = item.toLocaleLowerCase('en-GB');
      if (!item || seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });
}

/** What the draft would save as; TemplateInput decides whether it may. */
export function draftToInput(draft: TemplateDraft): TemplateInput {
  return {
    name: draft.name,
    description: draft.description,
    whenToUse: draft.whenToUse,
    source: draft.source,
    sections: draft.sections.map((section) => ({
      heading: section.heading,
      prompts: lines(section.prompts),
      ...(section.hint.trim() ? { hint: section.hint } : {}),
    })),
    suggestedTags: { worlds: commaList(draft.worlds), free: commaList(draft.tags) },
  };
}

/** Which editor field a problem belongs to, and what to tell the writer. */

const LIMITED_FIELDS = ['name', 'description', 'whenToUse', 'source'] as const;
const isLimitedField = (field: string): field is (typeof LIMITED_FIELDS)[number] =>
  (LIMITED_FIELDS as readonly string[]).includes(field);

export function validateDraft(
  draft: TemplateDraft,
): { ok: true; input: TemplateInput } | { ok: false; problem: FieldProblem } {
  const parsed = TemplateInput.safeParse(draftToInput(draft));
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, problem: problemWords(parsed.error.issues[0]!) };
}

/** Zod's issue, in words a writer understands, pinned to the field that holds the problem. */
export function problemWords(issue: z.core.$ZodIssue): FieldProblem {
  const [first, index, part, item] = issue.path;
  const max = 'maximum' in issue ? Number(issue.maximum) : 0;
  const tooBig = issue.code === 'too_big';
  const tooSmall = issue.code === 'too_small';

  if (first === 'sections' && typeof index === 'number') {
    const n = index + 1;
    const field = `sections.${index}.${String(part)}`;
    if (part === 'heading') {
      if (tooSmall) return { field, message: t('templates.problems.headingMissing', { n }) };
      if (tooBig) return { field, message: t('templates.problems.headingLong', { n, max }) };
    }
    if (part === 'prompts') {
      if (tooBig && item === undefined) return { field, message: t('templates.problems.prompts', { n, max }) };
      if (tooBig) return { field, message: t('templates.problems.promptLong', { p: Number(item) + 1, n, max }) };
    }
    if (part === 'hint' && tooBig) return { field, message: t('templates.problems.hintLong', { n, max }) };
    return { field, message: sentence(issue.message) };
  }
  if (first === 'sections') {
    if (tooSmall) return { field: 'sections', message: t('templates.problems.noSections') };
    if (tooBig) return { field: 'sections', message: t('templates.problems.sections', { max }) };
  }
  if (first === 'suggestedTags') {
    const field = index === 'worlds' ? 'worlds' : 'tags';
    const worlds = field === 'worlds';
    if (tooBig && part === undefined)
      return { field, message: t(worlds ? 'templates.problems.worlds' : 'templates.problems.tags', { max }) };
    if (tooBig)
      return { field, message: t(worlds ? 'templates.problems.worldLong' : 'templates.problems.tagLong', { max }) };
    return { field, message: sentence(issue.message) };
  }
  const field = String(first ?? 'name');
  if (first === 'name' && tooSmall) return { field, message: t('templates.problems.noName') };
  if (tooBig && isLimitedField(field))
    return { field, message: t('templates.problems.fieldLong', { field: t(`templates.problems.${field}`), max }) };
  return { field, message: sentence(issue.message) };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase('en-GB') + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
