import { $isAutoLinkNode, $isLinkNode, type LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  isDOMNode,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { useLatest } from '../../state/use-latest';
import { entryLink } from '@shared/entry-link';
import { $isEntryLinkNode } from '@shared/lexical/entry-link-node';
import { OPEN_LINK_AT_SELECTION_COMMAND } from '../commands';

const $linkAround = (node: LexicalNode | null): LinkNode | null =>
  node === null ? null : ($findMatchingParent(node, $isLinkNode) as LinkNode | null);

/** The link's address once LinkNode has sanitised it; null for an unlinked autolink or a refused scheme. */
function $urlOf(link: LinkNode | null): string | null {
  if (link === null || ($isAutoLinkNode(link) && link.getIsUnlinked())) return null;
  const url = link.sanitizeUrl(link.getURL());
  return url === '' || url === 'about:blank' ? null : url;
}

/** The address of the link `node` is in or is: a LinkNode's, or `#entry/<id>` for a link to another entry. */
function $addressAt(node: LexicalNode | null): string | null {
  if ($isEntryLinkNode(node)) return entryLink(node.getEntryId());
  return $urlOf($linkAround(node));
}

/**
 * Links in an entry never navigate the app's window. A click (or middle click)
 * on one, or Alt+Enter with the caret in one, hands the address to `onOpenLink`;
 * the app confirms and opens it outside. A click that ends a text selection
 * only selects.
 */
export function LinkClickPlugin({ onOpenLink }: { onOpenLink: (url: string) => void }): null {
  const [editor] = useLexicalComposerContext();
  const open = useLatest(onOpenLink);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.type === 'auxclick' && event.button !== 1) return;
      const target = event.target;
      if (!isDOMNode(target)) return;
      const anchor = target instanceof Element ? target.closest('a') : target.parentElement?.closest('a');
      const url = editor.read('latest', () => $addressAt($getNearestNodeFromDOMNode(target)));
      if (url === null && anchor == null) return;
      event.preventDefault();
      if (url === null) return;
      const selection = editor.read('latest', $getSelection);
      if ($isRangeSelection(selection) && !selection.isCollapsed()) return;
      open.current(url);
    };

    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        previous?.removeEventListener('auxclick', onClick);
        root?.addEventListener('click', onClick);
        root?.addEventListener('auxclick', onClick);
      }),
      () => {
        const root = editor.getRootElement();
        root?.removeEventListener('click', onClick);
        root?.removeEventListener('auxclick', onClick);
      },
      editor.registerCommand(
        OPEN_LINK_AT_SELECTION_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const url = $addressAt(selection.focus.getNode());
          if (url === null) return false;
          // Outside the update: the host may show a dialog.
          queueMicrotask(() => open.current(url));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, open]);
  return null;
}
