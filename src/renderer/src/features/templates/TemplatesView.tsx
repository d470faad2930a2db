import { useId, useRef, useState } from 'react';
import type { Template } from '@shared/template';
import { call } from '../../bridge';
import { useFocusNext } from '../../state/use-focus-next';
import { useLoad } from '../../state/use-load';
import { useOneAction } from '../../state/use-one-action';
import { useTemplates } from '../../state/templates-cache';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { builtInsFirst } from './template-filter';
import { TemplateEditor } from './TemplateEditor';
import './templates.css';
import { Trans } from 'react-i18next';
import { t } from '../../i18n';

export interface TemplatesViewProps {
  /** Start a new entry from this template. */
  onUse: (template: Template) => void;
}

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; template: Template };
type Control = 'use' | 'edit' | 'delete' | 'cancel' | 'export' | 'name';
/** Where focus goes after the screen redraws: a control on one template, a toolbar button, or the heading. */
type FocusTarget = { id: string; control: Control } | 'new' | 'heading';

/** The Templates screen: the built-ins, then the writer's own, each ready to use, copy, change or share. */
export function TemplatesView({ onUse }: TemplatesViewProps) {
  const titleId = useId();
  const { templates: cache } = useTemplates();
  const { load, reload: fetchAgain } = useLoad(async () => builtInsFirst(await cache.list()), [cache]);
  /** After a change here: every screen's copy is stale, this one's first. */
  const reload = () => {
    cache.changed();
    return fetchAgain();
  };
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const { busy, error, message, setMessage, run } = useOneAction();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const focusNext = useFocusNext<FocusTarget>((next) => {
    const target =
      next === 'new'
        ? newRef.current
        : next === 'heading'
          ? null
          : listRef.current?.querySelector<HTMLElement>(
              `[data-template="${next.id}"] [data-control="${next.control}"]`,
            );
    (target ?? headingRef.current)?.focus();
  });

  const duplicate = (template: Template) =>
    run(template.id, async () => {
      const copy = await call('templates:duplicate', { id: template.id });
      await reload();
      setMessage(t('templates.view.made', { name: copy.name }));
      focusNext({ id: copy.id, control: 'edit' });
    });

  const remove = (template: Template) =>
    run(template.id, async () => {
      const templates = load.state === 'ready' ? load.value : [];
      const index = templates.findIndex((other) => other.id === template.id);
      await call('templates:delete', { id: template.id });
      setConfirming(null);
      const rest = (await reload()) ?? [];
      setMessage(t('templates.view.deleted', { name: template.name }));
      // Focus the template that took its place, else the one before it.
      const neighbour = rest[Math.min(index, rest.length - 1)];
      focusNext(neighbour ? { id: neighbour.id, control: 'use' } : 'heading');
    });

  const exportTemplate = (template: Template) =>
    run(template.id, async () => {
      const { path } = await call('templates:export', { id: template.id });
      if (path) {
        setMessage(
          <Trans
            i18nKey="templates.view.savedTo"
            values={{ path }}
            components={[<span key="path" className="path" />]}
          />,
        );
      }
    });

  const importTemplate = () =>
    run('import', async () => {
      const imported = await call('templates:import');
      if (!imported) return;
      await reload();
      setMessage(t('templates.view.imported', { name: imported.name }));
      focusNext({ id: imported.id, control: 'name' });
    });

  const saved = async (template: Template) => {
    await reload();
    setMode({ kind: 'list' });
    setMessage(t('templates.view.saved', { name: template.name }));
    focusNext({ id: template.id, control: 'edit' });
  };

  const cancelEditing = () => {
    focusNext(mode.kind === 'edit' ? { id: mode.template.id, control: 'edit' } : 'new');
    setMode({ kind: 'list' });
  };

  const askToDelete = (id: string) => {
    setConfirming(id);
    focusNext({ id, control: 'cancel' });
  };
  const cancelDelete = (id: string) => {
    setConfirming(null);
    focusNext({ id, control: 'delete' });
  };

  if (mode.kind !== 'list') {
    return (
      <div className="templates-view">
        <TemplateEditor
          template={mode.kind === 'edit' ? mode.template : undefined}
          onSaved={(t) => void saved(t)}
          onCancel={cancelEditing}
        />
      </div>
    );
  }

  const templates = load.state === 'ready' ? load.value : [];
  const builtIns = templates.filter((t) => t.builtIn);
  const own = templates.filter((t) => !t.builtIn);
  const item = (template: Template) => (
    <TemplateItem
      key={template.id}
      template={template}
      busy={busy === template.id}
      confirming={confirming === template.id}
      onUse={() => onUse(template)}
      onDuplicate={() => void duplicate(template)}
      onEdit={() => setMode({ kind: 'edit', template })}
      onAskDelete={() => askToDelete(template.id)}
      onDelete={() => void remove(template)}
      onCancelDelete={() => cancelDelete(template.id)}
      onExport={() => void exportTemplate(template)}
    />
  );

  return (
    <section className="templates-view" aria-labelledby={titleId} aria-busy={load.state === 'loading'}>
      <header className="templates-header">
        <h1 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('templates.view.title')}
        </h1>
        <div className="templates-toolbar">
          <button type="button" className="primary" ref={newRef} onClick={() => setMode({ kind: 'new' })}>
            {t('templates.view.new')}
          </button>
          <button type="button" aria-disabled={busy === 'import' || undefined} onClick={() => void importTemplate()}>
            {t('templates.view.import')}
          </button>
        </div>
      </header>
      <p className="muted templates-intro">{t('templates.view.intro')}</p>
      <p role="status" className="templates-status">
        {message}
      </p>
      <ErrorNotice error={error} />
      {load.state === 'loading' && <p className="muted">{t('templates.picker.loading')}</p>}
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={() => void reload()} />}
      {load.state === 'ready' && (
        <div ref={listRef}>
          <section aria-labelledby={`${titleId}-builtin`}>
            <h2 id={`${titleId}-builtin`} className="templates-group-heading">
              {t('templates.view.builtIns')}
            </h2>
            <ul className="templates-list">{builtIns.map(item)}</ul>
          </section>
          <section aria-labelledby={`${titleId}-own`}>
            <h2 id={`${titleId}-own`} className="templates-group-heading">
              {t('templates.view.own')}
            </h2>
            {own.length === 0 ? (
              <p className="muted">{t('templates.view.noOwn')}</p>
            ) : (
              <ul className="templates-list">{own.map(item)}</ul>
            )}
          </section>
        </div>
      )}
    </section>
  );
}

function TemplateItem(props: {
  template: Template;
  busy: boolean;
  confirming: boolean;
  onUse: () => void;
  onDuplicate: () => void;
  onEdit: () => void;
  onAskDelete: () => void;
  onDelete: () => void;
  onCancelDelete: () => void;
  onExport: () => void;
}) {
  const { template, busy } = props;
  // The space sits outside the hidden span: accessible-name rules trim text at an element's edges.
  const name = <span className="visually-hidden">{t('templates.view.which', { name: template.name })}</span>;
  return (
    <li className="template-item" data-template={template.id}>
      <div className="template-item-text">
        <div className="template-item-title">
          <h3 className="template-item-name" tabIndex={-1} data-control="name">
            {template.name}
          </h3>
          <span className="badge">{template.builtIn ? t('templates.builtIn') : t('templates.yours')}</span>
        </div>
        {template.description && <p>{template.description}</p>}
        {template.whenToUse && (
          <p>
            <span className="template-label">{t('templates.whenToUse')}</span> {template.whenToUse}
          </p>
        )}
        {template.source && (
          <p className="template-source muted">{t('templates.view.source', { source: template.source })}</p>
        )}
      </div>
      {props.confirming ? (
        <div
          className="template-confirm"
          role="group"
          aria-label={t('templates.view.confirmLabel', { name: template.name })}
          onKeyDown={(e) => e.key === 'Escape' && props.onCancelDelete()}
        >
          <span className="template-confirm-question">{t('templates.view.confirm')}</span>
          <button type="button" className="danger" aria-disabled={busy || undefined} onClick={props.onDelete}>
            {t('templates.view.delete')}
          </button>
          <button type="button" data-control="cancel" aria-disabled={busy || undefined} onClick={props.onCancelDelete}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div className="template-actions">
          <button type="button" className="primary" data-control="use" onClick={props.onUse}>
            {t('templates.view.use')} {name}
          </button>
          <button type="button" aria-disabled={busy || undefined} onClick={props.onDuplicate}>
            {t('templates.view.duplicate')} {name}
          </button>
          {!template.builtIn && (
            <button type="button" data-control="edit" aria-disabled={busy || undefined} onClick={props.onEdit}>
              {t('templates.view.edit')} {name}
            </button>
          )}
          <button type="button" data-control="export" aria-disabled={busy || undefined} onClick={props.onExport}>
            {t('templates.view.export')} {name}
          </button>
          {!template.builtIn && (
            <button
              type="button"
              className="link-button template-danger"
              data-control="delete"
              aria-disabled={busy || undefined}
              onClick={props.onAskDelete}
            >
              {t('templates.view.deleteOne')} {name}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
