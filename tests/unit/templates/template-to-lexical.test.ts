import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import { templateToLexical } from '../../../src/main/core/templates/template-to-lexical';
import { TEMPLATE_MARKS } from '@shared/template';
import { LexicalJson } from '@shared/entry';
import { headlessEditor, roundTrip } from './headless';

describe('templateToLexical', () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [template.name, template] as const))(
    '%s parses headless, and the editor writes back exactly the same JSON',
    (_name, template) => {
      const json = templateToLexical(template);
      expect(LexicalJson.safeParse(json).success).toBe(true);
      expect(roundTrip(json)).toEqual(json);
    },
  );

  it('gives each section an h2 heading, then its hint and prompts as marked quotes, then an empty paragraph', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-setback-and-recovery')!;
    const children = templateToLexical(template).root.children;
    const costAt = children.findIndex(
      (node) =>
        node.type === 'heading' &&
        (node.$ as Record<string, string> | undefined)?.[TEMPLATE_MARKS.heading] === 'What it cost me',
    );
    const cost = template.sections[2]!;
    expect(children.slice(costAt, costAt + 5).map((node) => [node.type, node.tag ?? null, node.$ ?? null])).toEqual([
      ['heading', 'h2', { landscapeHeading: 'What it cost me' }],
      ['quote', null, { landscapePrompt: cost.hint }],
      ['quote', null, { landscapePrompt: cost.prompts[0] }],
      ['quote', null, { landscapePrompt: cost.prompts[1] }],
      ['paragraph', null, null],
    ]);
    // The hint reads as guidance: italic.
    expect((children[costAt + 1]!.children as Array<{ format: number }>)[0]!.format).toBe(2);
  });

  it('has the headings, in order, once parsed', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-gibbs-reflective-cycle')!;
    const editor = headlessEditor();
    const state = editor.parseEditorState(JSON.stringify(templateToLexical(template)));
    const headings = state.read(() =>
      $getRoot()
        .getChildren()
        .filter($isHeadingNode)
        .map((node) => [node.getTag(), node.getTextContent()]),
    );
    expect(headings).toEqual(template.sections.map((section) => ['h2', section.heading]));
  });
});
