import { $createLinkNode, $isLinkNode, $toggleLink, formatUrl } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
} from 'lexical';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { OPEN_LINK_EDITOR_COMMAND } from '../commands';
import { isAllowedLinkUrl } from '../link-url';
import { t } from '../../i18n';

/** Applies `url` to the saved selection: links the selected text, or inserts the address as a link. */
function applyLink(editor: LexicalEditor, saved: BaseSelection | null, url: string) {
  editor.update(() => {
    if (saved !== null) $setSelection(saved.clone());
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const inLink = $findMatchingParent(selection.focus.getNode(), $isLinkNode);
    if (selection.isCollapsed() && !$isLinkNode(inLink)) {
      const link = $createLinkNode(url).append($createTextNode(url));
      selection.insertNodes([link]);
      link.selectNext(0, 0);
      return;
    }
    if (selection.isCollapsed() && $isLinkNode(inLink)) {
      inLink.setURL(url);
      return;
    }
    $toggleLink(url);
  });
}

/** Unlinks the selection, or the whole link the caret sits in. */
function $removeLinkAtSelection() {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const link = $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  if (selection.isCollapsed() && $isLinkNode(link)) {
    for (const child of link.getChildren()) link.insertBefore(child);
    link.remove();
    return;
  }
  $toggleLink(null);
}

interface LinkFieldProps {
  initialUrl: string;
  onApply: (url: string) => void;
  onRemove: (() => void) | null;
  onClose: () => void;
}

function LinkField({ initialUrl, onApply, onRemove, onClose }: LinkFieldProps) {
  const [url, setUrl] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const formatted = formatUrl(url.trim());
    if (url.trim() === '' || !isAllowedLinkUrl(formatted)) {
      setError(t('editor.link.invalid'));
      return;
    }
    onApply(formatted);
  };

  return (
    <form
      className="editor-link-field"
      role="group"
      aria-label={t('editor.link.label')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label className="editor-link-field__label">
        {t('editor.link.address')}
        <input
          ref={input}
          type="text"
          inputMode="url"
          spellCheck={false}
          value={url}
          aria-invalid={error !== null || undefined}
          aria-describedby={error === null ? undefined : 'editor-link-error'}
          onChange={(event) => {
            setUrl(event.target.value);
            setError(null);
          }}
        />
      </label>
      <button type="submit">{t('editor.link.apply')}</button>
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {t('editor.link.remove')}
        </button>
      )}
      <button type="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      {error && (
        <span id="editor-link-error" role="alert" className="editor-link-field__error">
          {error}
        </span>
      )}
    </form>
  );
}

/**
 * The link editor, as the Lexical playground's FloatingLinkEditorPlugin is: its own plugin, opened by
 * OPEN_LINK_EDITOR_COMMAND (the toolbar's Link button, Ctrl+K). It remembers the selection it was opened on,
 * so typing the address in its field does not lose what was selected.
 */
export function LinkEditorPlugin() {
  const [editor] = useLexicalComposerContext();
  const [field, setField] = useState<{ url: string; selection: BaseSelection | null } | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_EDITOR_COMMAND,
        () => {
          setField(
            editor.read('latest', () => {
              const current = $getSelection();
              const link = $isRangeSelection(current)
                ? $findMatchingParent(current.focus.getNode(), $isLinkNode)
                : null;
              return { selection: current?.clone() ?? null, url: $isLinkNode(link) ? link.getURL() : '' };
            }),
          );
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  if (!field) return null;
  const close = () => {
    setField(null);
    editor.focus();
  };
  return (
    <LinkField
      initialUrl={field.url}
      onApply={(url) => {
        applyLink(editor, field.selection, url);
        close();
      }}
      onRemove={
        field.url === ''
          ? null
          : () => {
              editor.update(() => {
                if (field.selection !== null) $setSelection(field.selection.clone());
                $removeLinkAtSelection();
              });
              close();
            }
      }
      onClose={close}
    />
  );
}
