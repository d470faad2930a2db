import { mergeRegister } from '@lexical/utils';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
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
  KEY_TAB_COMMAND,
  type LexicalNode,
  type NodeKey,
  TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { $createMentionNode, $isMentionNode, MENTION_TRIGGER, type MentionNode } from '@shared/lexical/mention-node';
import { t } from '../../i18n';
import { renderTypeaheadMenu } from './typeahead-menu';
import {
  furtherWords,
  knownSpelling,
  NAME_CHAR,
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

/** The caret's text node, the caret's offset in it, and the text before the caret; null for anything else. */
function $caretText(): { node: TextNode; caret: number; before: string } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node) || !node.isSimpleText()) return null;
  const caret = selection.anchor.offset;
  return { node, caret, before: node.getTextContent().slice(0, caret) };
}

/**
 * Lexical's menu finds the typed name by counting back from the caret the length it matched a moment ago; with
 * fast typing the caret has moved on, so `typed` can miss the start of the name ("@" + "Don" instead of "@Don").
 * The part left behind goes too, and a new person's name is the whole name typed.
 */
function $wholeTypedName(typed: TextNode, choice: MentionChoice): MentionChoice {
  if (typed.getTextContent().startsWith(MENTION_TRIGGER)) return choice;
  const before = typed.getPreviousSibling();
  if (!$isTextNode(before) || !before.isSimpleText()) return choice;
  const text = before.getTextContent();
  const at = text.lastIndexOf(MENTION_TRIGGER);
  const left = at < 0 ? '' : text.slice(at + MENTION_TRIGGER.length);
  if (at < 0 || (at > 0 && !/[\s(]/u.test(text[at - 1]!)) || !new RegExp(`^${NAME_CHAR}*$`, 'u').test(left))
    return choice;
  const [, tail] = at === 0 ? [undefined, before] : before.splitText(at);
  tail?.remove();
  return choice.isNew ? { ...choice, name: `${left}${typed.getTextContent()}` } : choice;
}

/**
 * The mention that `typed` (words typed after it) and `name` lengthen: the mention before it, if its name and the
 * text from it to the typed words begin `name` ("@Helen", " Bev" begin "Helen Bevan"). Fast typing can leave that
 * text in more than one node; they go too, so the mention is replaced whole.
 */
function $lengthened(typed: TextNode, name: string): LexicalNode | null {
  if (typed.getTextContent().startsWith(MENTION_TRIGGER)) return null;
  const between: TextNode[] = [];
  let node = typed.getPreviousSibling();
  while ($isTextNode(node) && node.isSimpleText()) {
    between.unshift(node);
    node = node.getPreviousSibling();
  }
  if (!$isMentionNode(node)) return null;
  const said = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  const words = [node.getMentionName(), ...between.map((n) => n.getTextContent()), typed.getTextContent()];
  // The words typed so far begin the name chosen (a known person may be picked from the first letters).
  if (!said(name).startsWith(said(words.join(' ')))) return null;
  for (const n of between) n.remove();
  return node;
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
 * Enter straight after "@Name" with the menu put away (Escape) ends the name as typed, as a space would: the
 * mention is made, and Enter then goes on to start the next line.
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

/** The name being typed at the caret and what the menu offers for it: after "@", or words after a fresh mention. */
interface CaretQuery {
  node: TextNode;
  /** Where the typed name starts in `node`: its "@", or the space after the mention it lengthens. */
  from: number;
  caret: number;
  name: string;
  /** The mention the words lengthen, if they do. */
  lengthens: MentionNode | null;
  choices: MentionChoice[];
}

function $queryAtCaret(people: readonly string[], fresh: NodeKey | null): CaretQuery | null {
  const caretText = $caretText();
  if (caretText === null) return null;
  const { node, caret, before } = caretText;
  const lengthens = $freshMentionBefore(node, fresh);
  const words = lengthens === null ? null : furtherWords(lengthens.getMentionName(), before);
  if (lengthens !== null && words !== null && words.ender === '') {
    return { node, from: 0, caret, name: words.name, lengthens, choices: mentionChoices(people, words.name, true) };
  }
  const match = QUERY.exec(before);
  if (match === null) return null;
  const [, lead = '', name = ''] = match;
  const from = match.index + lead.length;
  return { node, from, caret, name, lengthens: null, choices: mentionChoices(people, name, false) };
}

/**
 * Puts a mention of `choice` in place of `typed` (and of the mention it lengthens), then a space; or, for a new
 * person taken with Enter, ends the line there, as "@Name" and Enter does.
 */
function $takeChoice(choice: MentionChoice, typed: TextNode, lengthens: LexicalNode | null, byEnter: boolean): void {
  const mention = $createMentionNode(choice.name).setFormat(typed.getFormat());
  typed.replace(mention);
  if ($isMentionNode(lengthens)) lengthens.remove();
  if (choice.isNew && byEnter) {
    mention.selectNext(0, 0);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertParagraph();
    return;
  }
  const space = $createTextNode(' ');
  mention.insertAfter(space);
  space.select(1, 1);
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
  }, [editor]);

  // Lexical calls this inside a read of the newest state. The menu opens only when it has someone to offer:
  // Lexical points the editor at its first item (aria-activedescendant) as soon as it opens.
  const longerRef = useRef(false);
  const matchQuery = useCallback((): MenuTextMatch | null => {
    const query = $queryAtCaret(peopleRef.current, fresh.current);
    const caretText = $caretText();
    if (caretText === null || $freshMentionBefore(caretText.node, fresh.current) === null) fresh.current = null;
    longerRef.current = query?.lengthens != null;
    if (query === null || query.choices.length === 0) return null;
    const replaceableString = query.node.getTextContent().slice(query.from, query.caret);
    return { leadOffset: query.from, matchingString: query.name, replaceableString };
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
