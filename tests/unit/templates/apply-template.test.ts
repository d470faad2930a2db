import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../../../src/main/core/templates/apply-template';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import { editorState, paragraphNode, textNode } from '@shared/lexical/lexical-json';
import { templateToLexical } from '../../../src/main/core/templates/template-to-lexical';
import { roundTrip } from './headless';

const [DAILY, SETBACK] = [BUILT_IN_TEMPLATES[0]!, BUILT_IN_TEMPLATES[1]!];
const written = () => editorState([paragraphNode([textNode('I already wrote this.')]), paragraphNode()]);

describe('applyTemplate', () => {
  it('fills an empty entry', () => {
    for (const empty of [
      null,
      undefined,
      editorState([]),
      editorState([paragraphNode(), paragraphNode([textNode('  ')])]),
    ]) {
      expect(applyTemplate(empty, DAILY)).toEqual({ kind: 'replace-empty', content: templateToLexical(DAILY) });
    }
  });

  it('swaps the template on an entry that holds only unanswered prompts', () => {
    expect(applyTemplate(templateToLexical(DAILY), SETBACK)).toEqual({
      kind: 'replace-empty',
      content: templateToLexical(SETBACK),
    });
  });

  it('asks first when the entry has writing, and leaves it alone', () => {
    const existing = written();
    const before = structuredClone(existing);
    expect(applyTemplate(existing, DAILY)).toEqual({ kind: 'needs-confirmation' });
    expect(applyTemplate(existing, DAILY, { confirmedAppend: false })).toEqual({ kind: 'needs-confirmation' });
    expect(existing).toEqual(before);
  });

  it('once confirmed, keeps the writing first and appends the sections after', () => {
    const existing = written();
    const before = structuredClone(existing);
    const result = applyTemplate(existing, DAILY, { confirmedAppend: true });
    expect(result.kind).toBe('append');
    if (result.kind !== 'append') return;
    expect(result.content.root.children).toEqual([...before.root.children, ...templateToLexical(DAILY).root.children]);
    expect(existing).toEqual(before);
    expect(roundTrip(result.content)).toEqual(result.content);
  });

  it('counts an answered template as writing', () => {
    const answered = templateToLexical(DAILY);
    answered.root.children[3] = paragraphNode([textNode('The hospital team came.')]);
    expect(applyTemplate(answered, SETBACK)).toEqual({ kind: 'needs-confirmation' });
  });
});
