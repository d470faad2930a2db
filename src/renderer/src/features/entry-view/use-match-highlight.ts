import { useEffect, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';

const NAME = 'search-match';

/** The first place `text` occurs (case aside) within one text node under `root`. */
function findText(root: HTMLElement, text: string): Range | null {
  const needle = text.toLowerCase();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.textContent ?? '').toLowerCase().indexOf(needle);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range;
  }
  return null;
}

/**
 * Marks the first match of a search in the editor and scrolls it into view. It uses the CSS Custom
 * Highlight API, so the entry's content and its undo history are left untouched.
 */
export function useMatchHighlight(editorRef: RefObject<LexicalEditor | null>, text: string | null): void {
  useEffect(() => {
    if (!text) return;
    let frame = 0;
    let tries = 0;
    // The editor draws its content a frame or two after mounting: look again for a short while.
    const look = () => {
      const root = editorRef.current?.getRootElement();
      const range = root ? findText(root, text) : null;
      if (!range) {
        if (++tries < 30) frame = requestAnimationFrame(look);
        return;
      }
      CSS.highlights?.set(NAME, new Highlight(range));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    };
    frame = requestAnimationFrame(look);
    return () => {
      cancelAnimationFrame(frame);
      CSS.highlights?.delete(NAME);
    };
  }, [editorRef, text]);
}
