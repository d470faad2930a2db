import { mergeRegister } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import {
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_TAB_COMMAND,
  type NodeKey,
  TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../i18n';
import { useLatest } from '../../state/use-latest';
import { renderTypeaheadMenu } from './typeahead-menu';
import {
  $caretText,
  $freshMentionBefore,
  $lengthened,
  $mentionBeforeCaret,
  $mentionTypedName,
  $queryAtCaret,
  $takeChoice,
  $wholeTypedName,
} from './mention-edits';
import type { MentionChoice } from './mention-names';

export { suggestPeople } from './mention-names';

/** The menu takes Enter, Tab and the arrows before the plain "@Name then Enter" below and the editor's own keys. */
const MENU_PRIORITY = COMMAND_PRIORITY_NORMAL;

class PersonOption extends MenuOption {
  readonly name: string;
  readonly isNew: boolean;
  /** "Add person …" is drawn apart from the people already known. */
  readonly className: string | undefined;
  constructor({ name, isNew }: MentionChoice) {
    super(isNew ? `new:${name}` : name);
    this.name = name;
    this.isNew = isNew;
    this.title = isNew ? t('editor.mention.add', { name }) : name;
    this.className = isNew ? 'is-new' : undefined;
  }
}

/**
 * @mentions of people. After "@", a menu offers the known people who match and "Add person" for a new name;
 * Enter, Tab or a click takes the highlighted one. A typed name and a space or Enter makes a mention at once.
 * Right after a mention made by typing, further words ("@Helen" " Bevan") open the menu again to make the
 * longer name, so names of several words never hold up a one-word mention.
 */
export function MentionsPlugin({ people }: { people: readonly string[] }): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [choices, setChoices] = useState<readonly MentionChoice[]>([]);

  // Registering a transform marks every text node dirty, and that update puts the caret back into the editor,
  // taking focus from wherever the writer is typing. So it is registered once, reading the newest people.
  const peopleRef = useLatest(people);
  // The mention the writer has just made by typing: words typed straight after it can lengthen it.
  const fresh = useRef<NodeKey | null>(null);
  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        const made = $mentionTypedName(node, peopleRef.current, fresh.current);
        if (made !== null) fresh.current = made;
      }),
    [editor, peopleRef],
  );
  // Whether the key that picked an option was Enter: "Add person" then also starts the next line. And the key
  // before the one being handled: after Escape, the menu's first choice is not taken.
  const enterPressed = useRef(false);
  const keys = useRef<{ previous: string; current: string }>({ previous: '', current: '' });
  useEffect(() => {
    // When no menu took Enter or Tab (the menu's keys come first, MENU_PRIORITY), including while the menu is
    // still opening after fast typing: take what the menu offers first, as it would have.
    const $takeFirst = (event: KeyboardEvent | null, byEnter: boolean): boolean => {
      if (keys.current.previous === 'Escape') {
        if (byEnter) $mentionBeforeCaret(peopleRef.current);
        return false;
      }
      const query = $queryAtCaret(peopleRef.current, fresh.current);
      const choice = query?.choices[0];
      if (query === null || choice === undefined) return false;
      const parts = query.node.splitText(query.from, query.caret);
      const typed = query.from === 0 ? parts[0] : parts[1];
      if (typed === undefined) return false;
      fresh.current = null;
      const shift = event?.shiftKey === true;
      $takeChoice(choice, typed, query.lengthens, byEnter && !shift);
      if (shift) return false;
      event?.preventDefault();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          keys.current = { previous: keys.current.current, current: event.key };
          enterPressed.current = event.key === 'Enter' && !event.shiftKey;
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(KEY_ENTER_COMMAND, (event) => $takeFirst(event, true), COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_TAB_COMMAND, (event) => $takeFirst(event, false), COMMAND_PRIORITY_LOW),
    );
  }, [editor, peopleRef]);

  // Lexical calls this inside a read of the newest state. The menu opens only when it has someone to offer:
  // Lexical points the editor at its first item (aria-activedescendant) as soon as it opens. So the options
  // drawn are the choices of this same look at the caret, never a second reckoning that could come out empty.
  const matchQuery = useCallback((): MenuTextMatch | null => {
    const query = $queryAtCaret(peopleRef.current, fresh.current);
    const caretText = $caretText();
    if (caretText === null || $freshMentionBefore(caretText.node, fresh.current) === null) fresh.current = null;
    const offered = query?.choices ?? [];
    setChoices((drawn) => (sameChoices(drawn, offered) ? drawn : offered));
    if (query === null || offered.length === 0) return null;
    const replaceableString = query.node.getTextContent().slice(query.from, query.caret);
    return { leadOffset: query.from, matchingString: query.name, replaceableString };
  }, [peopleRef]);

  const options = useMemo(() => choices.map((choice) => new PersonOption(choice)), [choices]);

  const onSelectOption = useCallback(
    (option: PersonOption, textNodeContainingQuery: TextNode | null, closeMenu: () => void) => {
      const byEnter = enterPressed.current;
      enterPressed.current = false;
      editor.update(() => {
        if (textNodeContainingQuery === null) return;
        // Read from the document, not from the query state, which can lag a render behind fast typing.
        const lengthens = $lengthened(textNodeContainingQuery, option.name);
        const choice = lengthens ? option : $wholeTypedName(textNodeContainingQuery, option);
        fresh.current = null;
        closeMenu();
        $takeChoice(choice, textNodeContainingQuery, lengthens, byEnter);
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<PersonOption>
      menuRenderFn={renderTypeaheadMenu}
      onQueryChange={ignoreQuery}
      onSelectOption={onSelectOption}
      triggerFn={matchQuery}
      options={options}
      anchorClassName="editor-mention-menu"
      commandPriority={MENU_PRIORITY}
      ignoreEntityBoundary
    />
  );
}

/** The options come from the trigger's own look at the caret (above), not from the query Lexical reports. */
function ignoreQuery(): void {}

function sameChoices(a: readonly MentionChoice[], b: readonly MentionChoice[]): boolean {
  return a.length === b.length && a.every((choice, i) => choice.name === b[i]!.name && choice.isNew === b[i]!.isNew);
}
