import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EntrySummary } from '@shared/entry-list';
import { $createEntryLinkNode } from '@shared/lexical/entry-link-node';
import { formatFullDay } from '../../dates/date-words';
import { START_ENTRY_LINK_COMMAND } from '../commands';
import { type LinkTargets, linkTitle, suggestEntries } from '../link-targets';
import { t } from '../../i18n';
import { renderTypeaheadMenu } from './typeahead-menu';

/** What starts a link to an entry when typed, as in wikis. */
export const ENTRY_LINK_TRIGGER = '[[';
// "[[" then up to 60 characters of title or date, no brackets or line breaks.
const QUERY = /\[\[([^[\]\n]{0,60})$/u;

class EntryOption extends MenuOption {
  readonly linkTitle: string;
  constructor(readonly entry: EntrySummary) {
    super(entry.id);
    this.linkTitle = linkTitle(entry);
    this.title = t('editor.entryLink.option', { title: this.linkTitle, day: formatFullDay(entry.date) });
  }
}

function entryQuery(text: string): MenuTextMatch | null {
  const match = QUERY.exec(text);
  if (match === null) return null;
  const typed = match[1] ?? '';
  return { leadOffset: match.index, matchingString: typed, replaceableString: `${ENTRY_LINK_TRIGGER}${typed}` };
}

/**
 * "[[" offers the journal's entries by title or day; picking one puts a link to it at the caret.
 * START_ENTRY_LINK_COMMAND (the toolbar's "Link to entry…", Ctrl+Shift+K) types the "[[" for the writer.
 */
export function EntryLinkTypeaheadPlugin({ targets }: { targets: LinkTargets }): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const targetsRef = useRef(targets);
  useEffect(() => {
    targetsRef.current = targets;
  }, [targets]);

  useEffect(
    () =>
      editor.registerCommand(
        START_ENTRY_LINK_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          selection.insertText(ENTRY_LINK_TRIGGER);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  // As with mentions, the menu opens only with something to offer, so the editor never points at no option.
  const suggesting = useCallback((text: string) => {
    const match = entryQuery(text);
    return match && suggestEntries(targetsRef.current, match.matchingString).length > 0 ? match : null;
  }, []);

  const options = useMemo(
    () => (query === null ? [] : suggestEntries(targets, query).map((entry) => new EntryOption(entry))),
    [targets, query],
  );

  const onSelectOption = useCallback(
    (option: EntryOption, textNodeContainingQuery: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        if (textNodeContainingQuery === null) return;
        const link = $createEntryLinkNode(option.entry.id, option.linkTitle);
        textNodeContainingQuery.replace(link);
        const space = $createTextNode(' ');
        link.insertAfter(space);
        space.select(1, 1);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<EntryOption>
      menuRenderFn={renderTypeaheadMenu}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={suggesting}
      options={options}
      anchorClassName="editor-mention-menu"
    />
  );
}
