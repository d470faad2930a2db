import { mergeRegister } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  type MenuRenderFn,
  MenuOption,
  type MenuTextMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  type NodeKey,
  TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { $createMentionNode, $isMentionNode, MENTION_TRIGGER, type MentionNode } from '@shared/lexical/mention-node';
import { t } from '../../i18n';
import {
  furtherWords,
  knownSpelling,
  mentionChoices,
  QUERY,
  TYPED_MENTION,
  withoutPossessive,
  type MentionChoice,
} from './mention-names';

export { suggestPeople } from './mention-names';

/** The menu takes Enter, Tab and the arrows before the plain "@Name then Enter" below and the editor's own keys. */
const MENU_PRIORITY = COMMAND_PRIORITY_NORMAL;

class PersonOption extends MenuOption {
  readonly name: string;
  readonly isNew: boolean;
  constructor({ name, isNew }: MentionChoice) {
    super(isNew ? `new:${name}` : name);
    this.name = name;
    this.isNew = isNew;
    this.title = isNew ? t('editor.mention.add', { name }) : name;
  }
}

/** The caret's text node, the caret's offset in it, and the text before the caret; null for anything else. */
function $caretText(): { node: TextNode; caret: number; before: string } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node) || !node.isSimpleText()) return null;
  const caret = selection.anchor.offset;
  return { node, caret, before: node.getTextContent().slice(0, caret) };
}

/** The mention just before `node`, if it is the one the writer has just made by typing. */
function $freshMentionBefore(node: TextNode, fresh: NodeKey | null): MentionNode | null {
  const previous = node.getPreviousSibling();
  return $isMentionNode(previous) && previous.getKey() === fresh ? previous : null;
}

/** Replaces `from` … `to` of `node` (a plain text node) with a mention of `name`; the new mention. */
function $mentionRange(node: TextNode, from: number, to: number, name: string): MentionNode | null {
  const parts = node.splitText(from, to);
  const target = from === 0 ? parts[0] : parts[1];
  if (target === undefined) return null;
  const mention = $createMentionNode(name).setFormat(node.getFormat());
  target.replace(mention);
  return mention;
}

/**
 * Typing "@Name" and then a space or punctuation turns it into a mention; a name that matches a known person,
 * ignoring case, takes that person's spelling. Words typed on after that mention join it when together they
 * are a known person's whole name ("@Helen" " Bevan,"). Only the text just typed is converted, so loading or
 * pasting "@..." leaves it alone. Returns the key of a mention it made.
 */
function $mentionTypedName(node: TextNode, people: readonly string[], fresh: NodeKey | null): NodeKey | null {
  const caretText = $caretText();
  if (caretText === null || caretText.node !== node) return null;
  const { before } = caretText;
  const longer = $freshMentionBefore(node, fresh);
  const words = longer === null ? null : furtherWords(longer.getMentionName(), before);
  if (longer !== null && words !== null && words.ender !== '') {
    const name = withoutPossessive(words.name);
    const known = people.find((person) => person.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (known === undefined) return null;
    const mention = $mentionRange(node, 0, name.length - longer.getMentionName().length, known);
    longer.remove();
    return mention?.getKey() ?? null;
  }
  const match = TYPED_MENTION.exec(before);
  if (match === null) return null;
  const [, lead = '', typed = ''] = match;
  const start = match.index + lead.length;
  const name = withoutPossessive(typed);
  const mention = $mentionRange(node, start, start + MENTION_TRIGGER.length + name.length, knownSpelling(people, name));
  return mention?.getKey() ?? null;
}

/**
 * Enter straight after "@Name" (no suggestion open) ends the name too, as a space would: the mention is
 * made, and Enter then goes on to start the next line.
 */
function $mentionBeforeCaret(people: readonly string[]): void {
  const caretText = $caretText();
  if (caretText === null) return;
  const { node, caret, before } = caretText;
  const match = QUERY.exec(before);
  const [, lead = '', typed = ''] = match ?? [];
  if (match === null || typed === '') return;
  const start = match.index + lead.length;
  $mentionRange(node, start, caret, knownSpelling(people, typed))?.selectNext(0, 0);
}

/**
 * @mentions of people. After "@", a menu offers the known people who match and "Add person" for a new name;
 * Enter, Tab or a click takes the highlighted one. A typed name and a space or Enter makes a mention at once.
 * Right after a mention made by typing, further words ("@Helen" " Bevan") open the menu again to make the
 * longer name, so names of several words never hold up a one-word mention.
 */
export function MentionsPlugin({ people }: { people: readonly string[] }): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<{ text: string; longer: boolean } | null>(null);

  // Registering a transform marks every text node dirty, and that update puts the caret back into the editor,
  // taking focus from wherever the writer is typing. So it is registered once, reading the newest people.
  const peopleRef = useRef(people);
  useEffect(() => {
    peopleRef.current = people;
  }, [people]);
  // The mention the writer has just made by typing: words typed straight after it can lengthen it.
  const fresh = useRef<NodeKey | null>(null);
  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        const made = $mentionTypedName(node, peopleRef.current, fresh.current);
        if (made !== null) fresh.current = made;
      }),
    [editor],
  );
  // Whether the key that picked an option was Enter: "Add person" then also starts the next line.
  const enterPressed = useRef(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            enterPressed.current = event.key === 'Enter' && !event.shiftKey;
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        // The menu's keys come first (MENU_PRIORITY): this runs only when no menu took the Enter, including
        // while the menu is still opening.
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          () => {
            $mentionBeforeCaret(peopleRef.current);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  // Lexical calls this inside a read of the newest state. The menu opens only when it has someone to offer:
  // Lexical points the editor at its first item (aria-activedescendant) as soon as it opens.
  const longerRef = useRef(false);
  const matchQuery = useCallback((text: string): MenuTextMatch | null => {
    const caretText = $caretText();
    const longer = caretText === null ? null : $freshMentionBefore(caretText.node, fresh.current);
    if (longer === null) fresh.current = null;
    const words = longer === null ? null : furtherWords(longer.getMentionName(), text);
    longerRef.current = words !== null && words.ender === '';
    if (words !== null && longerRef.current) {
      const found = { leadOffset: 0, matchingString: words.name, replaceableString: text };
      return mentionChoices(peopleRef.current, words.name, true).length > 0 ? found : null;
    }
    const match = QUERY.exec(text);
    if (match === null) return null;
    const [, lead = '', name = ''] = match;
    const found = {
      leadOffset: match.index + lead.length,
      matchingString: name,
      replaceableString: `${MENTION_TRIGGER}${name}`,
    };
    return mentionChoices(peopleRef.current, name, false).length > 0 ? found : null;
  }, []);
  const onQueryChange = useCallback((text: string | null) => {
    setQuery(text === null ? null : { text, longer: longerRef.current });
  }, []);

  const options = useMemo(
    () =>
      query === null ? [] : mentionChoices(people, query.text, query.longer).map((choice) => new PersonOption(choice)),
    [people, query],
  );

  const onSelectOption = useCallback(
    (option: PersonOption, textNodeContainingQuery: TextNode | null, closeMenu: () => void) => {
      const byEnter = enterPressed.current;
      enterPressed.current = false;
      editor.update(() => {
        if (textNodeContainingQuery === null) return;
        const lengthened = query?.longer === true ? textNodeContainingQuery.getPreviousSibling() : null;
        const mention = $createMentionNode(option.name);
        textNodeContainingQuery.replace(mention);
        if ($isMentionNode(lengthened)) lengthened.remove();
        fresh.current = null;
        closeMenu();
        if (option.isNew && byEnter) {
          // A new name then Enter: the name is finished and so is the line, as with a space.
          mention.selectNext(0, 0);
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertParagraph();
          return;
        }
        const space = $createTextNode(' ');
        mention.insertAfter(space);
        space.select(1, 1);
      });
    },
    [editor, query],
  );

  return (
    <LexicalTypeaheadMenuPlugin<PersonOption>
      menuRenderFn={renderMenu}
      onQueryChange={onQueryChange}
      onSelectOption={onSelectOption}
      triggerFn={matchQuery}
      options={options}
      anchorClassName="editor-mention-menu"
      commandPriority={MENU_PRIORITY}
      ignoreEntityBoundary
    />
  );
}

/**
 * The menu's list. Lexical's own puts a plain list between its listbox and the options, which screen readers
 * and axe read as a broken listbox (aria-required-parent); this one's list is presentational. The ids are the
 * ones Lexical points the editor at (aria-activedescendant).
 */
const renderMenu: MenuRenderFn<PersonOption> = (
  anchor,
  { options, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
) =>
  anchor.current && options.length > 0
    ? createPortal(
        <div className="typeahead-popover">
          <ul role="presentation">
            {options.map((option, index) => (
              <li
                key={option.key}
                id={`typeahead-item-${index}`}
                ref={option.setRefElement}
                role="option"
                tabIndex={-1}
                aria-selected={selectedIndex === index}
                className={[selectedIndex === index ? 'selected' : '', option.isNew ? 'is-new' : ''].join(' ').trim()}
                onMouseEnter={() => setHighlightedIndex(index)}
                onClick={() => {
                  setHighlightedIndex(index);
                  selectOptionAndCleanUp(option);
                }}
              >
                {option.title}
              </li>
            ))}
          </ul>
        </div>,
        anchor.current,
      )
    : null;
