import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Template } from '@shared/template';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useLoad } from '../../state/use-load';
import { useTemplates } from '../../state/templates-cache';
import { builtInsFirst, matchesTemplate } from './template-filter';
import { TemplatePreview } from './TemplatePreview';
import './templates.css';
import { t } from '../../i18n';

export interface TemplatePickerProps {
  open: boolean;
  /** The dialog's title, e.g. "New entry from a template". */
  title: string;
  onPick: (template: Template) => void;
  onClose: () => void;
}

/**
 * A modal list of every template; choosing one previews it, and only "Use this template" calls `onPick`,
 * so browsing makes nothing. The caller owns `open`; Escape, the Close button and a click
 * on the backdrop ask it to close through `onClose`, and focus goes back to whatever opened it.
 */
export function TemplatePicker({ open, title, onPick, onClose }: TemplatePickerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom and older engines lack showModal; an open, non-modal dialog still works there.
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    // Handled here so the browser's own cancel does not close the dialog behind React's back.
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="template-picker"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // The dialog's own box is only its backdrop edge: its content sits in the inner frame.
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      {open && <PickerBody titleId={titleId} title={title} onPick={onPick} onClose={onClose} />}
    </dialog>
  );
}

/** Mounted only while the dialog is open, so each opening starts with a fresh list and an empty filter. */
function PickerBody(props: { titleId: string; title: string; onPick: (t: Template) => void; onClose: () => void }) {
  // Mounted per opening, and nothing changes templates while this modal is open: no need to follow `version`.
  const { templates } = useTemplates();
  const { load, reload } = useLoad(async () => builtInsFirst(await templates.list()), [templates]);
  const [query, setQuery] = useState('');
  const [previewing, setPreviewing] = useState<Template | null>(null);
  /** The template last previewed, whose option takes focus again on the way back to the list. */
  const lastPreviewed = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const filterId = useId();
  const hintId = useId();

  const shown = load.state === 'ready' ? load.value.filter((t) => matchesTemplate(t, query)) : [];
  const options = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
  const preview = (template: Template) => {
    lastPreviewed.current = template.id;
    setPreviewing(template);
  };
  useEffect(() => {
    if (previewing || !lastPreviewed.current) return;
    options()
      .find((option) => option.dataset.templateId === lastPreviewed.current)
      ?.focus();
  }, [previewing]);

  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      options()[0]?.focus();
    } else if (event.key === 'Enter' && shown.length > 0) {
      // Typing a few letters and pressing Enter previews the best match.
      event.preventDefault();
      preview(shown[0]!);
    }
  };

  // Up and Down move between templates; Tab still walks through them too.
  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = options();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowDown'
        ? all[Math.min(index + 1, all.length - 1)]
        : event.key === 'ArrowUp'
          ? (all[index - 1] ?? document.getElementById(filterId))
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <div className="template-picker-frame">
      <header className="template-picker-header">
        <h2 id={props.titleId}>{props.title}</h2>
        <button type="button" className="template-picker-close" onClick={props.onClose}>
          {t('templates.picker.close')}
        </button>
      </header>
      {previewing ? (
        <TemplatePreview
          template={previewing}
          onUse={() => props.onPick(previewing)}
          onBack={() => setPreviewing(null)}
        />
      ) : (
        <>
          <div className="field">
            <label htmlFor={filterId}>{t('templates.picker.filter')}</label>
            <input
              id={filterId}
              type="search"
              data-autofocus
              autoComplete="off"
              spellCheck={false}
              value={query}
              aria-describedby={hintId}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onFilterKeyDown}
            />
            <span id={hintId} className="muted template-picker-hint">
              {t('templates.picker.hint')}
            </span>
          </div>
          <p className="visually-hidden" role="status">
            {load.state === 'ready' ? countWords(shown.length, load.value.length) : ''}
          </p>
          <div className="template-picker-body">
            {load.state === 'loading' && <p className="muted">{t('templates.picker.loading')}</p>}
            {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={() => void reload()} />}
            {load.state === 'ready' && shown.length === 0 && (
              <p className="muted">
                {query.trim() ? t('templates.picker.noMatch', { query: query.trim() }) : t('templates.picker.none')}
              </p>
            )}
            {shown.length > 0 && (
              <ul
                className="template-picker-list"
                ref={listRef}
                onKeyDown={onListKeyDown}
                aria-label={t('templates.picker.list')}
              >
                {shown.map((template) => (
                  <li key={template.id}>
                    <TemplateOption template={template} onPreview={preview} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function TemplateOption({ template, onPreview }: { template: Template; onPreview: (t: Template) => void }) {
  const nameId = useId();
  const badgeId = useId();
  const detailsId = useId();
  return (
    <button
      type="button"
      className="template-option"
      aria-labelledby={nameId}
      aria-describedby={`${badgeId} ${detailsId}`}
      data-template-id={template.id}
      onClick={() => onPreview(template)}
    >
      <span className="template-option-top">
        <span id={nameId} className="template-option-name">
          {template.name}
        </span>
        <span id={badgeId} className="badge">
          {template.builtIn ? t('templates.builtIn') : t('templates.yours')}
        </span>
      </span>
      <span id={detailsId} className="template-option-details">
        {template.description && <span className="template-option-description">{template.description}</span>}
        {template.whenToUse && (
          <span className="template-option-when">
            <span className="template-label">{t('templates.whenToUse')}</span> {template.whenToUse}
          </span>
        )}
        {template.source && <span className="template-source muted">{template.source}</span>}
      </span>
    </button>
  );
}

function countWords(shown: number, total: number): string {
  return shown === total
    ? t('templates.picker.all', { count: total })
    : t('templates.picker.some', { shown, count: total });
}
