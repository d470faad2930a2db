import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNodeByKey, $getRoot, $getState, $isRootNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { $isScaffolding, PROMPT_MARK } from '@shared/lexical/template-marks';
import { t } from '../../i18n';

/*
 * Template prompts read as hints, by the rule in docs/templates.md (sections start at each h1/h2; a section is
 * answered once anything below its heading other than unchanged scaffolding has text). Each unchanged prompt
 * gets data-prompt="open" while its section waits for an answer and "answered" after, so it steps back; the
 * heading of a template's section gets data-section="unanswered" (with words for it, which the stylesheet
 * shows and screen readers read as part of the heading) or "answered". Only attributes on the page change:
 * the stored content is untouched. While typing, only the sections holding dirty blocks are looked at; a
 * block added or removed, or a heading changed, looks at them all.
 */

const isSectionHeading = (node: LexicalNode) =>
  $isHeadingNode(node) && (node.getTag() === 'h1' || node.getTag() === 'h2');
const isPrompt = (node: LexicalNode) => $getState(node, PROMPT_MARK) !== '' && $isScaffolding(node);

/** The blocks of the section `block` is in: from its heading (or the top) to the next heading. */
function $sectionOf(block: LexicalNode): LexicalNode[] {
  let first = block;
  while (!isSectionHeading(first)) {
    const previous = first.getPreviousSibling();
    if (previous === null) break;
    first = previous;
  }
  const section = [first];
  for (let next = first.getNextSibling(); next !== null && !isSectionHeading(next); next = next.getNextSibling())
    section.push(next);
  return section;
}

/** Every section of the entry, in order. */
function $allSections(): LexicalNode[][] {
  const sections: LexicalNode[][] = [];
  for (const block of $getRoot().getChildren()) {
    if (sections.length === 0 || isSectionHeading(block)) sections.push([]);
    sections[sections.length - 1]!.push(block);
  }
  return sections;
}

function set(element: HTMLElement | null, name: string, value: string | null): void {
  if (element === null || element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function $markSection(editor: LexicalEditor, section: LexicalNode[]): void {
  const [first] = section;
  if (first === undefined) return;
  const heading = isSectionHeading(first) ? first : null;
  const body = heading ? section.slice(1) : section;
  const answered = body.some((node) => !$isScaffolding(node) && node.getTextContent().trim() !== '');
  for (const node of body) {
    set(editor.getElementByKey(node.getKey()), 'data-prompt', isPrompt(node) ? (answered ? 'answered' : 'open') : null);
  }
  if (heading === null) return;
  const element = editor.getElementByKey(heading.getKey());
  // A template's section: its heading as the template put it, or prompts still standing under it.
  const templated = $isScaffolding(heading) || body.some(isPrompt);
  const state = templated ? (answered ? 'answered' : 'unanswered') : null;
  set(element, 'data-section', state);
  set(element, 'data-section-label', state === 'unanswered' ? t('editor.prompts.unanswered') : null);
}

/** The top-level blocks among the dirty nodes, and whether the sections' shape may have changed. */
function $dirtyBlocks(dirty: Iterable<string>, before: number): { blocks: LexicalNode[]; reshaped: boolean } {
  const blocks = new Map<string, LexicalNode>();
  let reshaped = $getRoot().getChildrenSize() !== before;
  for (const key of dirty) {
    const node = $getNodeByKey(key);
    if (node === null || $isRootNode(node)) continue;
    const block = node.getTopLevelElement() ?? node;
    if (!$isRootNode(block.getParent())) continue;
    if (isSectionHeading(block)) reshaped = true;
    blocks.set(block.getKey(), block);
  }
  return { blocks: [...blocks.values()], reshaped };
}

export function PromptHintsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let size = 0;
    const markAll = () =>
      editor.getEditorState().read(() => {
        size = $getRoot().getChildrenSize();
        for (const section of $allSections()) $markSection(editor, section);
      });
    markAll();
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const reshaped = editorState.read(() => {
        const { blocks, reshaped } = $dirtyBlocks([...dirtyElements.keys(), ...dirtyLeaves], size);
        if (reshaped) return true;
        const done = new Set<string>();
        for (const block of blocks) {
          if (done.has(block.getKey())) continue;
          const section = $sectionOf(block);
          section.forEach((node) => done.add(node.getKey()));
          $markSection(editor, section);
        }
        return false;
      });
      if (reshaped) markAll();
    });
  }, [editor]);
  return null;
}
