import { AutoLinkPlugin, createLinkMatcherWithRegExp } from '@lexical/react/LexicalAutoLinkPlugin';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { createEditor, type EditorState, type LexicalEditor, type SerializedEditorState } from 'lexical';
import { type ReactNode, type RefObject, useCallback, useEffect, useId, useState } from 'react';
import type { LexicalJson } from '@shared/entry';
import { LANDSCAPE_TRANSFORMERS } from '@shared/lexical/markdown-transformers';
import { LANDSCAPE_NODES } from '@shared/lexical/nodes';
import './editor.css';
import { isAllowedLinkUrl } from './link-url';
import { type LinkTargets } from './link-targets';
import { BlockFormatPlugin } from './plugins/BlockFormatPlugin';
import { EntryLinksPlugin } from './plugins/EntryLinksPlugin';
import { EntryLinkTypeaheadPlugin } from './plugins/EntryLinkTypeaheadPlugin';
import { FirstAnswerFocusPlugin } from './plugins/FirstAnswerFocusPlugin';
import { FocusGuardPlugin } from './plugins/FocusGuardPlugin';
import { HorizontalRulePlugin } from './plugins/HorizontalRulePlugin';
import { InsertPromptPlugin } from './plugins/InsertPromptPlugin';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { MentionedPeoplePlugin } from './plugins/MentionedPeoplePlugin';
import { MentionsPlugin } from './plugins/MentionsPlugin';
import { PromptHintsPlugin } from './plugins/PromptHintsPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { TabKeyPlugin } from './plugins/TabKeyPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { leaveEditorHint } from './shortcuts';
import { EDITOR_THEME } from './theme';
import { t } from '../i18n';

export interface EditorProps {
  /**
   * The entry's stored content (`editorState.toJSON()`). Read once, on mount: to
   * show another entry, remount with a new `key` (e.g. `key={entry.id}`).
   */
  initialContent?: LexicalJson | SerializedEditorState | null;
  /** The whole content as JSON after each edit; selection-only changes are not reported. */
  onChange?: (content: SerializedEditorState) => void;
  /**
   * Like onChange, but hands over a function that serializes on demand. Autosave uses it so a long
   * entry is turned into JSON once per save, not once per keystroke.
   */
  onEdit?: (content: () => SerializedEditorState) => void;
  /** The word count on mount and whenever it changes. */
  onWordCount?: (count: number) => void;
  /** A link was clicked or activated; the editor itself never navigates. */
  onOpenLink?: (url: string) => void;
  /** Known people, suggested after "@". */
  people?: readonly string[];
  /** The journal's entries: what "[[" offers, and where links to other entries find their current titles. */
  linkTargets?: LinkTargets;
  /** The people mentioned in the text, on mount and whenever a mention comes or goes. */
  onPeople?: (names: string[]) => void;
  /**
   * Content Lexical could not load, or an editor failure; defaults to console.error.
   * Content that cannot be loaded is shown read-only and empty, so an autosave
   * can never write over the stored original.
   */
  onError?: (error: Error) => void;
  placeholder?: string;
  /** Accessible name of the writing area. */
  label?: string;
  autoFocus?: boolean;
  /** Where the caret starts when autoFocus is on: the end, or the first empty paragraph (a fresh template). */
  startAt?: 'end' | 'first-answer';
  /** Set to the LexicalEditor, e.g. to dispatch INSERT_PROMPT_COMMAND from outside. */
  editorRef?: RefObject<LexicalEditor | null>;
  /** Extra plugins, rendered inside the editor's composer. */
  children?: ReactNode;
}

const NO_PEOPLE: readonly string[] = [];

const URL_MATCHER = createLinkMatcherWithRegExp(
  /((https?:\/\/(www\.)?)|(www\.))[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}\b([-a-zA-Z0-9()@:%_+.~#?&//=]*)/,
  (text) => (text.startsWith('http') ? text : `https://${text}`),
);
const EMAIL_MATCHER = createLinkMatcherWithRegExp(
  /(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}(\.[0-9]{1,3}){3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))/,
  (text) => `mailto:${text}`,
);
const LINK_MATCHERS = [URL_MATCHER, EMAIL_MATCHER];

const reportError = (error: Error) => console.error(error);

/** The initial state as Lexical wants it, or the reason the content cannot be loaded. */
function loadContent(content: EditorProps['initialContent']): { state?: string; error?: Error } {
  if (content == null) return {};
  const state = JSON.stringify(content);
  try {
    createEditor({
      nodes: LANDSCAPE_NODES,
      onError: (error) => {
        throw error;
      },
    }).parseEditorState(state);
    return { state };
  } catch (cause) {
    return { error: new Error(t('editor.unreadable'), { cause }) };
  }
}

const ignore = () => {};

/** The writing editor for one entry. */
export function Editor({
  initialContent = null,
  onChange,
  onEdit,
  onWordCount,
  onOpenLink = ignore,
  people = NO_PEOPLE,
  linkTargets,
  onPeople,
  onError = reportError,
  placeholder = t('editor.placeholder'),
  label = t('editor.label'),
  autoFocus = true,
  startAt = 'end',
  editorRef,
  children,
}: EditorProps) {
  // Lexical reads the initial config once; keeping it in state makes that explicit.
  const [{ initialConfig, loadError }] = useState(() => {
    const { state, error } = loadContent(initialContent);
    const config: InitialConfigType = {
      namespace: 'landscape-entry',
      nodes: LANDSCAPE_NODES,
      theme: EDITOR_THEME,
      onError,
      editable: error === undefined,
      editorState: state,
    };
    return { initialConfig: config, loadError: error };
  });
  useEffect(() => {
    if (loadError) onError(loadError);
    // Reported once per mount: a new entry remounts the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadError]);

  const hintId = useId();

  const emitChange = useCallback(
    (editorState: EditorState) => {
      onChange?.(editorState.toJSON());
      onEdit?.(() => editorState.toJSON());
    },
    [onChange, onEdit],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor">
        <ToolbarPlugin />
        <div className="editor-surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor-input"
                aria-label={label}
                aria-multiline={true}
                role="textbox"
                spellCheck={true}
                aria-placeholder={placeholder}
                ariaDescribedBy={hintId}
                placeholder={<div className="editor-placeholder">{placeholder}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <p id={hintId} className="visually-hidden">
          {leaveEditorHint()}
        </p>
        <HistoryPlugin />
        <ListPlugin />
        <CheckListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <AutoLinkPlugin matchers={LINK_MATCHERS} />
        <HorizontalRulePlugin />
        <BlockFormatPlugin />
        <MarkdownShortcutPlugin transformers={LANDSCAPE_TRANSFORMERS} />
        <TabKeyPlugin />
        <ShortcutsPlugin />
        <MentionsPlugin people={people} />
        <LinkClickPlugin onOpenLink={onOpenLink} />
        {linkTargets && <EntryLinksPlugin targets={linkTargets} onOpenLink={onOpenLink} />}
        {linkTargets && <EntryLinkTypeaheadPlugin targets={linkTargets} />}
        <InsertPromptPlugin />
        <PromptHintsPlugin />
        <FocusGuardPlugin />
        {(onChange || onEdit) && !loadError && (
          <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={emitChange} />
        )}
        {onWordCount && <WordCountPlugin onWordCount={onWordCount} />}
        {onPeople && <MentionedPeoplePlugin onPeople={onPeople} />}
        {editorRef && <EditorRefPlugin editorRef={editorRef} />}
        {autoFocus && startAt === 'end' && <AutoFocusPlugin defaultSelection="rootEnd" />}
        {autoFocus && startAt === 'first-answer' && <FirstAnswerFocusPlugin />}
        {children}
      </div>
    </LexicalComposer>
  );
}
