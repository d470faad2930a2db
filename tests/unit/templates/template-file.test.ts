import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import {
  decodeTemplateFile,
  encodeTemplateFile,
  TEMPLATE_FILE_MAX_BYTES,
} from '../../../src/main/core/templates/template-file';
import { AppError } from '@shared/errors';
import { type Template, TEMPLATE_LIMITS } from '@shared/template';

const SOURCE = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-setback-and-recovery')!;
const newId = () => 'fresh-id';

// Tests bend the file into shapes the schema forbids, so its JSON is untyped here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FileJson = Record<string, any>;

function fileWith(change: (file: FileJson) => void): string {
  const file = JSON.parse(encodeTemplateFile(SOURCE));
  change(file);
  return JSON.stringify(file);
}

/** The AppError thrown by importing `text`; fails the test if it imports. */
function importError(text: string | Uint8Array): AppError {
  try {
    decodeTemplateFile(text, newId);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TEMPLATE_INVALID');
    expect((error as AppError).message).toMatch(/^This template can’t be imported: /);
    return error as AppError;
  }
  throw new Error('expected the import to fail');
}

describe('template files', () => {
  it('round-trip every built-in as the writer’s own, under a fresh id', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const text = encodeTemplateFile(template);
      const imported = decodeTemplateFile(text, newId);
      const { id: _a, builtIn: _b, ...content } = template;
      expect(imported).toEqual({ ...content, id: 'fresh-id', builtIn: false });
      expect(decodeTemplateFile(new TextEncoder().encode(text), newId)).toEqual(imported);
    }
  });

  it('hold only the format tag, version and the template without builtIn', () => {
    const file = JSON.parse(encodeTemplateFile(SOURCE));
    expect(Object.keys(file)).toEqual(['format', 'version', 'template']);
    expect(file.format).toBe('landscape-template');
    expect(file.version).toBe(1);
    expect(Object.keys(file.template).sort()).toEqual(
      ['description', 'id', 'name', 'sections', 'source', 'suggestedTags', 'whenToUse'].sort(),
    );
  });

  it('accept a byte-order mark', () => {
    expect(decodeTemplateFile(`\uFEFF${encodeTemplateFile(SOURCE)}`, newId).name).toBe(SOURCE.name);
  });

  it('refuse a file that is too big, before reading it', () => {
    const big = fileWith((file) => {
      file.template.description = 'x'.repeat(TEMPLATE_FILE_MAX_BYTES);
    });
    expect(importError(big).message).toContain('larger than 256 KiB');
    expect(importError(new Uint8Array(TEMPLATE_FILE_MAX_BYTES + 1)).message).toContain('larger than 256 KiB');
    // Multi-byte text counts in bytes, not characters.
    expect(importError('é'.repeat(TEMPLATE_FILE_MAX_BYTES / 2 + 1)).message).toContain('larger than 256 KiB');
  });

  it('refuse text that is not UTF-8 or not JSON', () => {
    expect(importError(new Uint8Array([0xff, 0xfe, 0x00, 0x7b])).message).toContain('not valid UTF-8');
    expect(importError('{"format": "landscape-template", ').message).toContain('not valid JSON');
    expect(importError('').message).toContain('not valid JSON');
  });

  it('refuse anything that is not a Landscape template file', () => {
    expect(importError('[1, 2, 3]').message).toContain('not a Landscape template file');
    expect(importError('"hello"').message).toContain('not a Landscape template file');
    expect(importError(fileWith((file) => (file.format = 'landscape-entry'))).message).toContain(
      'not a Landscape template file',
    );
    expect(importError(fileWith((file) => delete file.format)).message).toContain('not a Landscape template file');
  });

  it('refuse unknown versions, saying when Landscape needs updating', () => {
    expect(importError(fileWith((file) => (file.version = 2))).message).toContain('newer version of Landscape');
    expect(importError(fileWith((file) => (file.version = 0))).message).toContain('file version (0)');
    expect(importError(fileWith((file) => (file.version = '1'))).message).toContain('does not say which version');
    expect(importError(fileWith((file) => delete file.version)).message).toContain('does not say which version');
  });

  it('name the field that is missing or wrong', () => {
    expect(importError(fileWith((file) => delete file.template)).message).toContain('the template is missing');
    expect(importError(fileWith((file) => delete file.template.name)).message).toContain('name is missing');
    expect(importError(fileWith((file) => (file.template.name = '   '))).message).toContain('a template needs a name');
    expect(importError(fileWith((file) => (file.template.sections = 'none'))).message).toContain(
      'sections should be a list',
    );
    expect(importError(fileWith((file) => (file.template.sections = []))).message).toContain('at least one section');
    expect(importError(fileWith((file) => delete file.template.sections[2].heading)).message).toContain(
      'section 3, heading is missing',
    );
    expect(importError(fileWith((file) => (file.template.sections[1].prompts[1] = 42))).message).toContain(
      'section 2, prompt 2 should be a string',
    );
    expect(importError(fileWith((file) => (file.template.suggestedTags = { worlds: [] }))).message).toContain(
      'suggestedTags, free is missing',
    );
    expect(importError(fileWith((file) => (file.template.id = ''))).message).toContain('id is too short');
  });

  it('refuse too many sections or prompts, and over-long text', () => {
    const section = SOURCE.sections[0]!;
    expect(
      importError(fileWith((file) => (file.template.sections = Array(TEMPLATE_LIMITS.sections + 1).fill(section))))
        .message,
    ).toContain('at most 30 sections');
    expect(
      importError(fileWith((file) => (file.template.sections[0].prompts = Array(21).fill('Why?')))).message,
    ).toContain('section 1, prompts: a section can hold at most 20 prompts');
    expect(importError(fileWith((file) => (file.template.name = 'n'.repeat(121)))).message).toContain(
      'name is too long',
    );
  });

  it('refuse entry data anywhere in the file, for privacy', () => {
    const cases: Array<[string, (file: FileJson) => void]> = [
      ['content', (file) => (file.content = { root: { type: 'root', children: [] } })],
      ['entries', (file) => (file.entries = [])],
      ['template.text', (file) => (file.template.text = 'My private reflection')],
      ['template.sections.1.answers', (file) => (file.template.sections[0].answers = ['It was hard'])],
      ['template.suggestedTags.people', (file) => (file.template.suggestedTags.people = ['Sam'])],
    ];
    for (const [path, change] of cases) {
      const message = importError(fileWith(change)).message;
      expect(message).toContain(`journal entry data ("${path}")`);
      expect(message).not.toContain('My private reflection');
    }
  });

  it('refuse any other unexpected field', () => {
    expect(importError(fileWith((file) => (file.template.builtIn = true))).message).toContain(
      'has a field Landscape doesn’t recognise ("builtIn")',
    );
    expect(importError(fileWith((file) => (file.extra = 1))).message).toContain('("extra")');
    expect(importError(fileWith((file) => (file.template.sections[0].colour = 'red'))).message).toContain(
      'section 1 has a field',
    );
  });

  it('encode refuses a template that is not valid', () => {
    expect(() => encodeTemplateFile({ ...SOURCE, sections: [] } as Template)).toThrow();
  });
});
