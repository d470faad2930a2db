import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  KEY_ENTER_COMMAND,
  TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { $createMentionNode, MENTION_TRIGGER } from '@shared/lexical/mention-node';

const MAX_SUGGESTIONS = 8;
const NAME_CHAR = String.raw`[\p{L}\p{N}_'’-]`;
// "@" at the start of a line or after a space or "(", then the name typed so far.
const QUERY = new RegExp(String.raw`(^|[\s(])${MENTION_TRIGGER}(${NAME_CHAR}{0,40})$`, 'u');
// A finished name: the same, followed by the character just typed that cannot be part
// of a name (a space, or punctuation such as "," or ".").
const TYPED_MENTION = new RegExp(String.raw`(^|[\s(])${MENTION_TRIGGER}(${NAME_CHAR}+)([^\p{L}\p{N}_'’-])$`, 'u');
// "@Ana's notes" mentions Ana.
const POSSESSIVE = /['’]s$/iu;

class PersonOption extends MenuOption {
  constructor(readonly name: string) {
    super(name);
    this.title = name;
  }
}

function mentionQuery(text: string): MenuTextMatch | null {
  const match = QUERY.exec(text);
  if (match === null) return null;
  const [, lead = '', name = ''] = match;
  return {
    leadOffset: match.index + lead.length,
    matchingString: name,
    replaceableString: `${MENTION_TRIGGER}${name}`,
  };
}

/** People whose name, or a word in it, starts with `query`; case-insensitive. */
export function suggestPeople(people: readonly string[], query: string): string[] {
  const wanted = query.toLocaleLowerCase();
  return people
    .filter((name) =>
      name
        .toLocaleLowerCase()
        .split(/\s+/)
        .some((word) => word.startsWith(wanted)),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/**
 * Typing "@Name" and then a space or punctuation turns it into a mention; a name that
 * matches a known person, ignoring case, takes that person's spelling. Only the
 * text just typed is converted, so loading or pasting "@..." leaves it alone.
 */
function $mentionTypedName(node: TextNode, people: readonly string[]): void {
  if (!node.isSimpleText()) return;
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.key !== node.getKey()) return;
  const caret = selection.anchor.offset;
  const match = TYPED_MENTION.exec(node.getTextContent().slice(0, caret));
  if (match === null) return;
  const [, lead = '', typedWithSuffix = ''] = match;
  const typed = typedWithSuffix.length > 2 ? typedWithSuffix.replace(POSSESSIVE, '') : typedWithSuffix;
  const start = match.index + lead.length;
  const end = start + MENTION_TRIGGER.length + typed.length;
  const name = people.find((person) => person.toLocaleLowerCase() === typed.toLocaleLowerCase()) ?? typed;
  const parts = node.splitText(start, end);
  const target = start === 0 ? parts[0] : parts[1];
  if (target === undefined) return;
  target.replace($createMentionNode(name).setFormat(node.getFormat()));
}

/**
 * Enter straight after "@Name" (no suggestion open) ends the name too, as a space would: the mention is
 * made, and Enter then goes on to start the next line.
 */
function $mentionBeforeCaret(people: readonly string[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node) || !node.isSimpleText()) return;
  const caret = selection.anchor.offset;
  const match = QUERY.exec(node.getTextContent().slice(0, caret));
  const [, lead = '', typed = ''] = match ?? [];
  if (match === null || typed === '') return;
  const start = match.index + lead.length;
  const name = people.find((person) => person.toLocaleLowerCase() === typed.toLocaleLowerCase()) ?? typed;
  const parts = node.splitText(start, caret);
  const target = start === 0 ? parts[0] : parts[1];
  if (target === undefined) return;
  const mention = $createMentionNode(name).setFormat(node.getFormat());
  target.replace(mention);
  mention.selectNext(0, 0);
}

/** @mentions of people: a suggestion list from `people`, or a typed name and a space, or Enter. */
export function MentionsPlugin({ people }: { people: readonly string[] }): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);

  // Registering a transform marks every text node dirty, and that update puts the caret back into the editor,
  // taking focus from wherever the writer is typing. So it is registered once, reading the newest people.
  const peopleRef = useRef(people);
  useEffect(() => {
    peopleRef.current = people;
  }, [people]);
  useEffect(
    () => editor.registerNodeTransform(TextNode, (node) => $mentionTypedName(node, peopleRef.current)),
    [editor],
  );
  // With a suggestion open, Enter is the menu's: it picks the suggestion.
  const suggestionOpen = useRef(false);
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        () => {
          if (!suggestionOpen.current) $mentionBeforeCaret(peopleRef.current);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  // The menu opens only when it has someone to offer: Lexical points the editor at its first item
  // (aria-activedescendant) as soon as it opens, and an empty menu has no item to point at.
  const suggesting = useCallback((text: string) => {
    const match = mentionQuery(text);
    return match && suggestPeople(peopleRef.current, match.matchingString).length > 0 ? match : null;
  }, []);

  const options = useMemo(
    () => (query === null ? [] : suggestPeople(people, query).map((name) => new PersonOption(name))),
    [people, query],
  );
  useEffect(() => {
    suggestionOpen.current = options.length > 0;
  }, [options]);

  const onSelectOption = useCallback(
    (option: PersonOption, textNodeContainingQuery: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const mention = $createMentionNode(option.name);
        if (textNodeContainingQuery === null) return;
        textNodeContainingQuery.replace(mention);
        const space = $createTextNode(' ');
        mention.insertAfter(space);
        space.select(1, 1);
        closeMenu();
      });
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<PersonOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={suggesting}
      options={options}
      anchorClassName="editor-mention-menu"
    />
  );
}
