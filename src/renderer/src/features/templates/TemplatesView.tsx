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
      setMessage(`Made “${copy.name}”, your own copy to change as you like.`);
      focusNext({ id: copy.id, control: 'edit' });
    });

  const remove = (template: Template) =>
    run(template.id, async () => {
      const templates = load.state === 'ready' ? load.value : [];
      const index = templates.findIndex((t) => t.id === template.id);
      await call('templates:delete', { id: template.id });
      setConfirming(null);
      const rest = (await reload()) ?? [];
      setMessage(`Deleted “${template.name}”.`);
      // Focus the template that took its place, else the one before it.
      const neighbour = rest[Math.min(index, rest.length - 1)];
      focusNext(neighbour ? { id: neighbour.id, control: 'use' } : 'heading');
    });

  const exportTemplate = (template: Template) =>
    run(template.id, async () => {
      const { path } = await call('templates:export', { id: template.id });
      if (path) {
        setMessage(
          <>
            Saved to <span className="path">{path}</span>
          </>,
        );
      }
    });

  const importTemplate = () =>
    run('import', async () => {
      const imported = await call('templates:import');
      if (!imported) return;
      await reload();
      setMessage(`Imported “${imported.name}” into your templates.`);
      focusNext({ id: imported.id, control: 'name' });
    });

  const saved = async (template: Template) => {
    await reload();
    setMode({ kind: 'list' });
    setMessage(`Saved “${template.name}”.`);
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
          Templates
        </h1>
        <div className="templates-toolbar">
          <button type="button" className="primary" ref={newRef} onClick={() => setMode({ kind: 'new' })}>
            New template
          </button>
          <button type="button" aria-disabled={busy === 'import' || undefined} onClick={() => void importTemplate()}>
            Import…
          </button>
        </div>
      </header>
      <p className="muted templates-intro">
        A template sets out headings and prompts for an entry. Prompts you leave unanswered are left out when you export
        the entry.
      </p>
      <p role="status" className="templates-status">
        {message}
      </p>
      <ErrorNotice error={error} />
      {load.state === 'loading' && <p className="muted">Loading templates…</p>}
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={() => void reload()} />}
      {load.state === 'ready' && (
        <div ref={listRef}>
          <section aria-labelledby={`${titleId}-builtin`}>
            <h2 id={`${titleId}-builtin`} className="templates-group-heading">
              Built-in templates
            </h2>
            <ul className="templates-list">{builtIns.map(item)}</ul>
          </section>
          <section aria-labelledby={`${titleId}-own`}>
            <h2 id={`${titleId}-own`} className="templates-group-heading">
              Your templates
            </h2>
            {own.length === 0 ? (
              <p className="muted">
                You have no templates of your own yet. Duplicate a built-in one to adapt it, start a new one, or import
                one a colleague has shared.
              </p>
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
  const name = <span className="visually-hidden">“{template.name}”</span>;
  return (
    <li className="template-item" data-template={template.id}>
      <div className="template-item-text">
        <div className="template-item-title">
          <h3 className="template-item-name" tabIndex={-1} data-control="name">
            {template.name}
          </h3>
          <span className="badge">{template.builtIn ? 'Built-in' : 'Yours'}</span>
        </div>
        {template.description && <p>{template.description}</p>}
        {template.whenToUse && (
          <p>
            <span className="template-label">When to use:</span> {template.whenToUse}
          </p>
        )}
        {template.source && <p className="template-source muted">Source: {template.source}</p>}
      </div>
      {props.confirming ? (
        <div
          className="template-confirm"
          role="group"
          aria-label={`Delete “${template.name}”?`}
          onKeyDown={(e) => e.key === 'Escape' && props.onCancelDelete()}
        >
          <span className="template-confirm-question">
            Delete this template? Entries you wrote with it keep their text.
          </span>
          <button type="button" className="danger" aria-disabled={busy || undefined} onClick={props.onDelete}>
            Delete template
          </button>
          <button type="button" data-control="cancel" aria-disabled={busy || undefined} onClick={props.onCancelDelete}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="template-actions">
          <button type="button" className="primary" data-control="use" onClick={props.onUse}>
            Use {name}
          </button>
          <button type="button" aria-disabled={busy || undefined} onClick={props.onDuplicate}>
            Duplicate {name}
          </button>
          {!template.builtIn && (
            <button type="button" data-control="edit" aria-disabled={busy || undefined} onClick={props.onEdit}>
              Edit {name}
            </button>
          )}
          <button type="button" data-control="export" aria-disabled={busy || undefined} onClick={props.onExport}>
            Export… {name}
          </button>
          {!template.builtIn && (
            <button
              type="button"
              className="link-button template-danger"
              data-control="delete"
              aria-disabled={busy || undefined}
              onClick={props.onAskDelete}
            >
              Delete {name}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
