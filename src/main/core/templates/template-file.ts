import type { z } from 'zod';
import { AppError } from '@shared/errors';
import { Template, TEMPLATE_FILE_FORMAT, TEMPLATE_FILE_VERSION, TemplateFile } from '@shared/template';

/** Far above any real template (the ten built-ins are 1–4 KiB); refuse before parsing. */
export const TEMPLATE_FILE_MAX_BYTES = 256 * 1024;

/** Field names that belong to journal entries. A template file carrying one is refused outright. */
const ENTRY_FIELDS = new Set([
  'answers',
  'body',
  'content',
  'date',
  'editorState',
  'entries',
  'entry',
  'excerpt',
  'people',
  'root',
  'text',
  'title',
  'wordCount',
]);

/** A template as a share file: structure only, no `builtIn`, no entry data. */
export function encodeTemplateFile(template: Template): string {
  const { id, name, description, whenToUse, source, sections, suggestedTags } = Template.parse(template);
  const file: TemplateFile = {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    template: { id, name, description, whenToUse, source, sections, suggestedTags },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a shared template file. Anything wrong is an AppError('TEMPLATE_INVALID') whose message
 * says what, in words for the person importing. The result is always one's own template
 * (`builtIn: false`) with a fresh id, so an import never replaces anything.
 */
export function decodeTemplateFile(input: string | Uint8Array, newId: () => string): Template {
  const parsed = TemplateFile.safeParse(checkEnvelope(parseJson(readText(input))));
  if (!parsed.success) throw invalid(describeIssue(parsed.error.issues[0]!));
  return { ...parsed.data.template, id: newId(), builtIn: false };
}

function invalid(reason: string): AppError {
  return new AppError('TEMPLATE_INVALID', `This template can’t be imported: ${reason}`);
}

function readText(input: string | Uint8Array): string {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is too big already.
  const size =
    typeof input === 'string'
      ? input.length > TEMPLATE_FILE_MAX_BYTES
        ? Infinity
        : utf8Size(input)
      : input.byteLength;
  if (size > TEMPLATE_FILE_MAX_BYTES) {
    throw invalid(`the file is larger than ${TEMPLATE_FILE_MAX_BYTES / 1024} KiB, far bigger than any template.`);
  }
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw invalid('the file is not text (it is not valid UTF-8).');
  }
}

function utf8Size(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('the file is not valid JSON, so it is not a Landscape template file.');
  }
}

function checkEnvelope(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('the file is not a Landscape template file.');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== TEMPLATE_FILE_FORMAT) {
    throw invalid(`the file is not a Landscape template file (it has no "format": "${TEMPLATE_FILE_FORMAT}").`);
  }
  if (typeof record.version !== 'number') throw invalid('the file does not say which version it is.');
  if (record.version !== TEMPLATE_FILE_VERSION) {
    throw invalid(
      record.version > TEMPLATE_FILE_VERSION
        ? `it was made by a newer version of Landscape (file version ${record.version}). Please update Landscape to import it.`
        : `its file version (${record.version}) is not one Landscape knows.`,
    );
  }
  const entryField = findEntryField(record);
  if (entryField !== undefined) {
    throw invalid(
      `it also holds what looks like journal entry data ("${entryField}"). Template files only ever hold ` +
        'headings and prompts, so for your privacy it was not imported.',
    );
  }
  return value;
}

/** The first entry-like field name anywhere in the file, as a dotted path. */
function findEntryField(value: unknown, path: string[] = []): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findEntryField(item, [...path, String(index + 1)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (ENTRY_FIELDS.has(key)) return [...path, key].join('.');
    const found = findEntryField(child, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** "section 3, prompt 2" rather than zod's ["template","sections",2,"prompts",1]. */
function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (segment === 'template') continue;
    if ((segment === 'sections' || segment === 'prompts') && typeof next === 'number') {
      parts.push(`${segment === 'sections' ? 'section' : 'prompt'} ${next + 1}`);
      i++;
    } else if (typeof segment === 'number') {
      parts.push(`item ${segment + 1}`);
    } else {
      parts.push(String(segment));
    }
  }
  return parts.length === 0 ? 'the template' : parts.join(', ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where} has a field Landscape doesn’t recognise (${issue.keys.map((key) => `"${key}"`).join(', ')}).`;
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? `${where} is missing.`
        : `${where} should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}.`;
    case 'too_big':
    case 'too_small':
      // Our own limit messages are lower-case sentences; zod's defaults start "Too big".
      return /^[a-z]/.test(issue.message)
        ? `${where}: ${issue.message}.`
        : `${where} is too ${issue.code === 'too_big' ? 'long' : 'short'}.`;
    default:
      return `${where} is not valid (${issue.message}).`;
  }
}
