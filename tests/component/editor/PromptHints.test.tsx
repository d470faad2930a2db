import { act } from '@testing-library/react';
import { $createParagraphNode, $getRoot, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, quoteNode, textNode } from '@shared/lexical/lexical-json';
import { TEMPLATE_MARKS } from '@shared/template';
import { renderEditor } from './render-editor';

const heading = (text: string) => headingNode('h2', text, { [TEMPLATE_MARKS.heading]: text });
const prompt = (text: string) => quoteNode([textNode(text)], { [TEMPLATE_MARKS.prompt]: text });

/** Two template sections waiting for answers, then a section of the writer's own with a quote of theirs. */
const templated = () =>
  editorState([
    heading('What happened?'),
    prompt('Describe the moment.'),
    paragraphNode(),
    heading('So what?'),
    prompt('Why did it matter?'),
    paragraphNode(),
    headingNode('h2', 'Notes'),
    quoteNode([textNode('A line I keep.')]),
  ]);

function read(box: HTMLElement) {
  const headings = [...box.querySelectorAll('h2')].map((h) => [
    h.textContent,
    h.getAttribute('data-section'),
    h.getAttribute('data-section-label'),
  ]);
  const quotes = [...box.querySelectorAll('blockquote')].map((q) => [q.textContent, q.getAttribute('data-prompt')]);
  return { headings, quotes };
}

describe('template prompts as hints', () => {
  it('marks each unanswered section and its prompts, and steps a prompt back once its section has an answer', async () => {
    const { box, update, type, onChange } = renderEditor({ initialContent: templated() as never });
    await act(async () => {});
    expect(read(box)).toEqual({
      headings: [
        ['What happened?', 'unanswered', 'Not answered yet'],
        ['So what?', 'unanswered', 'Not answered yet'],
        ['Notes', null, null],
      ],
      quotes: [
        ['Describe the moment.', 'open'],
        ['Why did it matter?', 'open'],
        ['A line I keep.', null],
      ],
    });
    // Showing the hints changes nothing stored.
    expect(onChange).not.toHaveBeenCalled();

    await act(async () => box.focus());
    await update(() => $getRoot().getChildAtIndex<ElementNode>(2)!.select());
    await type('It rained');
    expect(read(box)).toMatchObject({
      headings: [
        ['What happened?', 'answered', null],
        ['So what?', 'unanswered', 'Not answered yet'],
        ['Notes', null, null],
      ],
      quotes: [
        ['Describe the moment.', 'answered'],
        ['Why did it matter?', 'open'],
        ['A line I keep.', null],
      ],
    });

    // A new block under the answer, then the answer taken back: the section waits again.
    await update(() => $getRoot().getChildAtIndex<ElementNode>(2)!.insertAfter($createParagraphNode()));
    await update(() => $getRoot().getChildAtIndex<ElementNode>(2)!.clear());
    expect(read(box).headings[0]).toEqual(['What happened?', 'unanswered', 'Not answered yet']);
    expect(read(box).quotes[0]).toEqual(['Describe the moment.', 'open']);
  });

  it('counts a prompt the writer rewrote as their own answer', async () => {
    const { box, update } = renderEditor({ initialContent: templated() as never });
    await act(async () => {});
    await update(() => {
      const prompt = $getRoot().getChildAtIndex<ElementNode>(4)!.getFirstChildOrThrow<TextNode>();
      prompt.setTextContent('Why did it matter? Because of Ana.');
    });
    expect(read(box).headings[1]).toEqual(['So what?', 'answered', null]);
    expect(read(box).quotes[1]).toEqual(['Why did it matter? Because of Ana.', null]);
  });

  it('looks again only at the sections an edit touched, and at all of them when blocks come or go', async () => {
    const { box, update, type } = renderEditor({ initialContent: templated() as never });
    await act(async () => {});
    const second = box.querySelectorAll('h2')[1]!;
    // A stand-in value no pass of the plugin would write: it stays until the plugin looks at this section.
    second.setAttribute('data-section', 'not looked at');
    await act(async () => box.focus());
    await update(() => $getRoot().getChildAtIndex<ElementNode>(2)!.select());
    await type('It rained');
    expect(second.getAttribute('data-section')).toBe('not looked at');
    await update(() => $getRoot().getChildAtIndex<ElementNode>(2)!.insertAfter($createParagraphNode()));
    expect(second.getAttribute('data-section')).toBe('unanswered');
  });
});
