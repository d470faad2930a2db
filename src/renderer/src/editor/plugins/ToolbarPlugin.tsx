import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/extension';
import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  type TextFormatType,
  UNDO_COMMAND,
} from 'lexical';
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { $getBlockType, type BlockType } from '../block-type';
import { FORMAT_BLOCK_COMMAND, OPEN_LINK_EDITOR_COMMAND, START_ENTRY_LINK_COMMAND } from '../commands';
import { ariaKeyShortcut, type EditorAction, shortcutLabel } from '../shortcuts';
import { LinkEditorPlugin } from './LinkEditorPlugin';
import { t } from '../../i18n';

interface ToolbarState {
  blockType: BlockType | null;
  formats: ReadonlySet<TextFormatType>;
  linkUrl: string | null;
}

const TEXT_FORMATS: readonly TextFormatType[] = ['bold', 'italic', 'underline', 'strikethrough'];
const EMPTY: ToolbarState = { blockType: 'paragraph', formats: new Set(), linkUrl: null };

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { ...EMPTY, blockType: null };
  const link = $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  return {
    blockType: $getBlockType(selection),
    formats: new Set(TEXT_FORMATS.filter((format) => selection.hasFormat(format))),
    linkUrl: $isLinkNode(link) ? link.getURL() : null,
  };
}

function titleFor(label: string, action: EditorAction): string {
  const keys = shortcutLabel(action);
  return keys === undefined ? label : t('editor.withKeys', { name: label, keys });
}

type BlockAction = BlockType & EditorAction;
type FormatAction = 'bold' | 'italic' | 'underline' | 'strikethrough';

/** [action, accessible name, what the button shows], in toolbar order; made per render, after the language is set. */
const headingButtons = (): ReadonlyArray<[BlockAction, string, ReactNode]> => [
  ['paragraph', t('editor.paragraph'), '¶'],
  ['h1', t('editor.actions.h1'), t('editor.glyphs.h1')],
  ['h2', t('editor.actions.h2'), t('editor.glyphs.h2')],
  ['h3', t('editor.actions.h3'), t('editor.glyphs.h3')],
];
const formatButtons = (): ReadonlyArray<[FormatAction, string, ReactNode]> => [
  ['bold', t('editor.actions.bold'), <b key="b">{t('editor.glyphs.bold')}</b>],
  ['italic', t('editor.actions.italic'), <i key="i">{t('editor.glyphs.italic')}</i>],
  ['underline', t('editor.actions.underline'), <u key="u">{t('editor.glyphs.underline')}</u>],
  ['strikethrough', t('editor.actions.strikethrough'), <s key="s">{t('editor.glyphs.strikethrough')}</s>],
];
const listButtons = (): ReadonlyArray<[BlockAction, string, ReactNode]> => [
  ['bullet', t('editor.actions.bullet'), '•'],
  ['number', t('editor.actions.number'), '1.'],
  ['check', t('editor.actions.check'), '☑'],
  ['quote', t('editor.actions.quote'), '❝'],
];

interface ButtonProps {
  action: EditorAction;
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
}

/**
 * A toolbar button that leaves the caret in the editor when clicked. Unavailable
 * buttons use aria-disabled rather than disabled so they stay reachable by Tab.
 */
function ToolbarButton({ action, label, pressed, disabled = false, onPress, children }: ButtonProps) {
  return (
    <button
      type="button"
      className="editor-toolbar__button"
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      aria-keyshortcuts={ariaKeyShortcut(action)}
      title={titleFor(label, action)}
      data-action={action}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      {/* The name comes from hidden text, not aria-label, so a visible glyph like "H1" never contradicts it. */}
      <span aria-hidden="true">{children}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** Moves focus between toolbar buttons with the arrow keys, Home and End, as a toolbar should. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const keys: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowLeft: -1, Home: 'first', End: 'last' };
  const step = keys[event.key];
  if (step === undefined || !(event.target instanceof HTMLButtonElement)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.editor-toolbar__button')];
  const index = buttons.indexOf(event.target);
  if (index === -1) return;
  const next =
    step === 'first' ? 0 : step === 'last' ? buttons.length - 1 : (index + step + buttons.length) % buttons.length;
  buttons[next]?.focus();
  event.preventDefault();
}

/** The formatting toolbar. Every button names itself, shows its shortcut in its title, and is reachable by Tab. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const refresh = useCallback(() => setState(editor.read('latest', $readToolbarState)), [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(refresh),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            refresh();
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
      ),
    [editor, refresh],
  );

  const block = (type: BlockType) => () => editor.dispatchCommand(FORMAT_BLOCK_COMMAND, type);
  const format = (type: TextFormatType) => () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const isBlock = (type: BlockType) => state.blockType === type;
  const hasFormat = (type: TextFormatType) => state.formats.has(type);

  return (
    <div className="editor-toolbar-area">
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')} onKeyDown={moveFocus}>
        <div className="editor-toolbar__group" role="group" aria-label={t('editor.blockStyle')}>
          {headingButtons().map(([type, label, glyph]) => (
            <ToolbarButton key={type} action={type} label={label} pressed={isBlock(type)} onPress={block(type)}>
              {glyph}
            </ToolbarButton>
          ))}
        </div>
        <div className="editor-toolbar__group" role="group" aria-label={t('editor.textStyle')}>
          {formatButtons().map(([type, label, glyph]) => (
            <ToolbarButton key={type} action={type} label={label} pressed={hasFormat(type)} onPress={format(type)}>
              {glyph}
            </ToolbarButton>
          ))}
        </div>
        <div className="editor-toolbar__group" role="group" aria-label={t('editor.listsAndQuotes')}>
          {listButtons().map(([type, label, glyph]) => (
            <ToolbarButton key={type} action={type} label={label} pressed={isBlock(type)} onPress={block(type)}>
              {glyph}
            </ToolbarButton>
          ))}
        </div>
        <div className="editor-toolbar__group" role="group" aria-label={t('editor.insert')}>
          <ToolbarButton
            action="link"
            label={t('editor.actions.link')}
            pressed={state.linkUrl !== null}
            onPress={() => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined)}
          >
            {/* Drawn, not an emoji: many Linux desktops have no emoji font. */}
            <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.6">
              <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8" />
            </svg>
          </ToolbarButton>
          <ToolbarButton
            action="entryLink"
            label={t('editor.actions.entryLink')}
            onPress={() => {
              editor.dispatchCommand(START_ENTRY_LINK_COMMAND, undefined);
              editor.focus();
            }}
          >
            [[
          </ToolbarButton>
          <ToolbarButton
            action="rule"
            label={t('editor.actions.rule')}
            onPress={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
          >
            ―
          </ToolbarButton>
        </div>
        <div className="editor-toolbar__group" role="group" aria-label={t('editor.history')}>
          <ToolbarButton
            action="undo"
            label={t('editor.actions.undo')}
            disabled={!canUndo}
            onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
          >
            ↶
          </ToolbarButton>
          <ToolbarButton
            action="redo"
            label={t('editor.actions.redo')}
            disabled={!canRedo}
            onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
          >
            ↷
          </ToolbarButton>
        </div>
      </div>
      <LinkEditorPlugin />
    </div>
  );
}
