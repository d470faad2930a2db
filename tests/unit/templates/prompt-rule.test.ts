import { $createParagraphNode, $createTextNode, $getRoot, $isParagraphNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { lexicalToPlainText } from '../../../src/main/core/content/plain-text';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import { paragraphNode, textNode, headingNode, editorState } from '@shared/lexical/lexical-json';
import { hasWriterText, isScaffolding, stripUnansweredPrompts, withoutScaffolding } from '@shared/lexical/prompt-rule';
import { templateToLexical } from '../../../src/main/core/templates/template-to-lexical';
import type { Template } from '@shared/template';
import { headlessEditor, roundTrip } from './headless';

const GIBBS = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-gibbs-reflective-cycle')!;

/** Types answers into the editor, as a writer would: into the empty paragraph under the named sections. */
function answer(template: Template, answers: Record<string, string>) {
  const editor = headlessEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(templateToLexical(template))));
  editor.update(
    () => {
      let section = '';
      for (const node of $getRoot().getChildren() as LexicalNode[]) {
        if (node.getType() === 'heading') section = node.getTextContent();
        else if ($isParagraphNode(node) && answers[section] !== undefined)
          node.append($createTextNode(answers[section]!));
      }
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

// Blocks of the plain-text export; an answered section keeps its empty answer paragraph,
// which the exporter writes as an empty block.
const textOfExport = (json: unknown) =>
  lexicalToPlainText(json as never)
    .split(/\n{2,}/)
    .filter((block) => block !== '')
    .join('\n\n');

describe('the prompt export rule', () => {
  it('drops every prompt and template heading when nothing is answered, leaving a valid empty document', () => {
    const stripped = stripUnansweredPrompts(templateToLexical(GIBBS));
    expect(stripped.root.children).toEqual([]);
    expect(roundTrip(stripped).root.children).toEqual([]);
  });

  it('keeps an answered section whole (prompts too) and drops unanswered ones', () => {
    const json = answer(GIBBS, { Feelings: 'Nervous, then relieved.' });
    const text = textOfExport(stripUnansweredPrompts(json));
    expect(text).toBe(
      [
        'Feelings',
        'What was I thinking and feeling at the time?',
        'How do I feel about it now?',
        'Nervous, then relieved.',
      ].join('\n\n'),
    );
    expect(roundTrip(stripUnansweredPrompts(json))).toEqual(stripUnansweredPrompts(json));
  });

  it('keeps marks through editing, so the rule works on what the editor saves', () => {
    const json = answer(GIBBS, { Description: 'A joint meeting of council and NHS staff.' });
    const marked = json.root.children.filter((node) => isScaffolding(node));
    // 6 headings + 12 prompts, all untouched.
    expect(marked).toHaveLength(18);
  });

  it('treats a prompt the writer edited as their words: kept, and it answers the section', () => {
    const json = templateToLexical(GIBBS);
    const quote = json.root.children[1]!;
    (quote.children as Array<{ text: string }>)[0]!.text = 'What happened? We finally met, all of us.';
    const text = textOfExport(stripUnansweredPrompts(json));
    expect(text).toContain('What happened? We finally met, all of us.');
    expect(text).toContain('Description');
    expect(text).not.toContain('Feelings');
    expect(hasWriterText(json)).toBe(true);
  });

  it('never drops the writer’s own headings or text, even in an unanswered section', () => {
    const json = templateToLexical(GIBBS);
    json.root.children.unshift(paragraphNode([textNode('Before the template.')]));
    json.root.children.push(headingNode('h2', 'My own heading'), paragraphNode());
    const text = textOfExport(stripUnansweredPrompts(json));
    expect(text).toBe('Before the template.\n\nMy own heading');
  });

  it('counts text under an h3 as an answer to the h2 section it sits in', () => {
    const json = templateToLexical({ sections: [{ heading: 'Now what?', prompts: ['What will I do next?'] }] });
    json.root.children.push(headingNode('h3', 'Monday'), paragraphNode([textNode('Call Priya.')]));
    expect(textOfExport(stripUnansweredPrompts(json))).toBe(
      'Now what?\n\nWhat will I do next?\n\nMonday\n\nCall Priya.',
    );
  });

  it('ignores whitespace-only answers, and leaves the input untouched', () => {
    const json = answer(GIBBS, { Analysis: '   ' });
    const before = structuredClone(json);
    expect(stripUnansweredPrompts(json).root.children).toEqual([]);
    expect(json).toEqual(before);
  });

  it('leaves content without marks as it is', () => {
    const json = editorState([
      headingNode('h2', 'Notes'),
      paragraphNode([textNode('Plain writing.')]),
      paragraphNode(),
    ]);
    expect(stripUnansweredPrompts(json)).toEqual(json);
    expect(hasWriterText(json)).toBe(true);
    expect(hasWriterText(templateToLexical(GIBBS))).toBe(false);
    expect(hasWriterText({ root: {} })).toBe(false);
  });

  it('keeps a paragraph the writer added between prompts in an answered section', () => {
    const editor = headlessEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(templateToLexical(GIBBS))));
    editor.update(
      () => {
        const firstPrompt = $getRoot().getChildAtIndex(1)!;
        firstPrompt.insertAfter($createParagraphNode().append($createTextNode('Straight after the first prompt.')));
      },
      { discrete: true },
    );
    const text = textOfExport(stripUnansweredPrompts(editor.getEditorState().toJSON()));
    expect(text).toBe(
      'Description\n\nWhat happened?\n\nStraight after the first prompt.\n\nWho was there, and what was my part?',
    );
  });

  it('leaves only the writer’s words for counting: every unchanged heading and prompt goes, answered or not', () => {
    const editor = headlessEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(templateToLexical(GIBBS))));
    expect(textOfExport(withoutScaffolding(editor.getEditorState().toJSON()))).toBe('');
    editor.update(
      () => {
        const firstPrompt = $getRoot().getChildAtIndex(1)!;
        firstPrompt.insertAfter($createParagraphNode().append($createTextNode('The board met.')));
      },
      { discrete: true },
    );
    expect(textOfExport(withoutScaffolding(editor.getEditorState().toJSON()))).toBe('The board met.');
  });
});
