import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, $hasUpdateTag, RootNode, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect } from 'react';

// The tag editor.focus() puts on its update; Lexical declares it (FOCUS_TAG) but does not export it.
const FOCUS_TAG = 'focus';

/**
 * Lexical puts its caret back (and so takes focus) after every update that changes the text. An update the
 * writer did not start in the editor (a list of people that reloads, a transform being registered) must not
 * pull focus out of the field they are typing in, so it leaves the page's selection alone. Only editor.focus()
 * or the writer's own keys and clicks in the editor (its toolbar and link box included) move focus here.
 */
export function FocusGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    // The root is part of every update that changes the text, so its transform sees them all.
    () => {
      const unregister = editor.registerNodeTransform(RootNode, () => {
        if ($hasUpdateTag(FOCUS_TAG)) return;
        const root = editor.getRootElement();
        const active = root?.ownerDocument.activeElement;
        if (!root || !active || active === root.ownerDocument.body) return;
        const container = root.closest('.editor') ?? root;
        if (!container.contains(active)) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
      });
      // Registering runs a history-merge update; committed now, so the first real edit is not merged
      // into it (OnChangePlugin ignores history-merge updates, and the edit would go unsaved).
      editor.update(() => {}, { discrete: true });
      return unregister;
    },
    [editor],
  );
  return null;
}
