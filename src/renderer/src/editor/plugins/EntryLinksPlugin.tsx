import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  HISTORY_MERGE_TAG,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { entryLink } from '@shared/entry-link';
import { $isEntryLinkNode, EntryLinkNode } from '@shared/lexical/entry-link-node';
import { type LinkTargets, resolveLink } from '../link-targets';
import { t } from '../../i18n';

/**
 * Keeps every entry link showing its target's current title, and marks one whose entry is in the trash or
 * gone. The title goes into the node's text in an update history skips and autosave ignores, so undo never
 * steps through it; the next save of the writer's own stores it as the title last seen.
 */
function syncLinks(editor: LexicalEditor, keys: ReadonlySet<NodeKey>, targets: LinkTargets): void {
  if (keys.size === 0) return;
  editor.update(
    () => {
      for (const key of keys) {
        const node = $getNodeByKey(key);
        if (!$isEntryLinkNode(node)) continue;
        const found = resolveLink(targets, node.getEntryId());
        if (found === null) continue;
        if (found.title !== null && node.getTextContent() !== found.title) node.setTextContent(found.title);
        if (node.getLinkState() !== found.state) node.setLinkState(found.state);
      }
    },
    { tag: HISTORY_MERGE_TAG, onUpdate: () => describeLinks(editor, keys, targets) },
  );
}

/** A hover title and screen-reader description for links whose entry is no longer there to open. */
function describeLinks(editor: LexicalEditor, keys: ReadonlySet<NodeKey>, targets: LinkTargets): void {
  for (const key of keys) {
    const element = editor.getElementByKey(key);
    const id = element?.getAttribute('data-entry-link');
    if (!element || !id) continue;
    const state = resolveLink(targets, id)?.state ?? 'live';
    const words = state === 'live' ? t('editor.entryLink.open') : t(`editor.entryLink.${state}`);
    element.title = words;
  }
}

/** Enter with the caret inside a link's title opens its entry (at either end it starts a new line, as ever). */
function $entryLinkAtCaret(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  const offset = selection.anchor.offset;
  return $isEntryLinkNode(node) && offset > 0 && offset < node.getTextContentSize() ? node.getEntryId() : null;
}

export function EntryLinksPlugin({
  targets,
  onOpenLink,
}: {
  targets: LinkTargets;
  onOpenLink: (url: string) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  const keys = useRef(new Set<NodeKey>());
  const latest = useRef({ targets, onOpenLink });
  useEffect(() => {
    latest.current = { targets, onOpenLink };
  }, [targets, onOpenLink]);

  useEffect(() => syncLinks(editor, keys.current, targets), [editor, targets]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(EntryLinkNode, (mutations) => {
          let created = false;
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') keys.current.delete(key);
            else if (!keys.current.has(key)) {
              keys.current.add(key);
              created = true;
            }
          }
          if (created) syncLinks(editor, keys.current, latest.current.targets);
        }),
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const id = $entryLinkAtCaret();
            if (id === null) return false;
            event?.preventDefault();
            const open = latest.current.onOpenLink;
            queueMicrotask(() => open(entryLink(id)));
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
