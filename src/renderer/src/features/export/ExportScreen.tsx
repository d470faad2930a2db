import { useEffect, useMemo, useState } from 'react';
import type { EntrySummary } from '@shared/entry-list';
import {
  DEFAULT_PACK_OPTIONS,
  type ExportFormat,
  type ExportRequest,
  type LastExportOptions,
  type PackOptions,
  type RedactionList,
} from '@shared/export';
import { call } from '../../bridge';
import { formatFullDay } from '../../dates/date-words';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useLoad } from '../../state/use-load';
import { entryTitle } from '../entry-list/entry-title';
import { chooseEntries, distinct, type ExportFilter, NO_FILTER } from './export-selection';
import { emptyCover, ExportOptionsForm } from './ExportOptionsForm';
import { ExportPreviewPane } from './ExportPreviewPane';
import { RedactionEditor } from './RedactionEditor';
import { SelectField } from './SelectField';
import { useExportRun } from './use-export-run';
import './export.css';
import { t } from '../../i18n';
import { DateField } from '../../forms/DateField';

const PREVIEW_DELAY_MS = 300;

/** Choose entries, say what to hide, see the redacted preview, then export. */
export function ExportScreen(props: {
  entries: readonly EntrySummary[];
  templateNames: Record<string, string>;
  /** "Export this entry": start with only these chosen. */
  initialIds: string[] | null;
  last: LastExportOptions | null;
}) {
  const [filter, setFilter] = useState<ExportFilter>(NO_FILTER);
  const shown = useMemo(() => chooseEntries(props.entries, filter), [props.entries, filter]);
  // null: every entry the filter shows (the list may still be loading); a set once the writer picks.
  const [picked, setPicked] = useState<Set<string> | null>(() => (props.initialIds ? new Set(props.initialIds) : null));
  const chosen = picked ?? new Set(shown.map((e) => e.id));
  const [format, setFormat] = useState<ExportFormat>(props.last?.format ?? 'pdf');
  const [options, setOptions] = useState<PackOptions>(() => fromLast(props.last));
  const [list, setList] = useState<RedactionList | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [savedList, setSavedList] = useState(0);
  const { run, start, cancel } = useExportRun();

  useEffect(() => {
    call('export:getRedactions').then(setList, setListError);
  }, []);

  const changeFilter = (next: ExportFilter) => {
    setFilter(next);
    setPicked(null);
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };

  const ids = shown.filter((e) => chosen.has(e.id)).map((e) => e.id);
  const people = distinct(props.entries.filter((e) => chosen.has(e.id)).flatMap((e) => e.tags.people));
  const request: ExportRequest | null = ids.length ? { entryIds: ids, format, options } : null;
  const requestKey = JSON.stringify(request);

  // The preview waits until the choices settle, so typing in the cover does not print a page per key.
  const [settledKey, setSettledKey] = useState(requestKey);
  useEffect(() => {
    const timer = setTimeout(() => setSettledKey(requestKey), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [requestKey]);
  // A saved redaction list changes the preview too.
  const previewKey = JSON.stringify([settledKey, savedList]);
  const { load } = useLoad(async () => {
    const [key] = JSON.parse(previewKey) as [string, number];
    return key === 'null' ? null : call('export:preview', JSON.parse(key) as ExportRequest);
  }, [previewKey]);
  const preview =
    load.state === 'ready' && load.value === null ? null : (load as Parameters<typeof ExportPreviewPane>[0]['load']);

  const saveList = async () => {
    if (!list) return;
    try {
      setListError(null);
      const clean = { ...list, phrases: list.phrases.filter((p) => p.phrase.trim() !== '') };
      setList(await call('export:setRedactions', clean));
      setSavedList((n) => n + 1);
    } catch (error) {
      setListError(error);
    }
  };

  const worlds = distinct(props.entries.flatMap((e) => e.tags.worlds));
  const tags = distinct(props.entries.flatMap((e) => e.tags.free));
  const templates = distinct(props.entries.flatMap((e) => (e.templateId ? [e.templateId] : [])));

  return (
    <section className="export-screen" aria-labelledby="export-heading">
      <h1 id="export-heading">{t('exporting.title')}</h1>
      <div className="export-columns">
        <div className="export-choose">
          <fieldset className="export-filter">
            <legend>{t('exporting.which')}</legend>
            <label>
              {t('exporting.from')}
              <DateField value={filter.from} onChange={(from) => changeFilter({ ...filter, from })} />
            </label>
            <label>
              {t('exporting.to')}
              <DateField value={filter.to} onChange={(to) => changeFilter({ ...filter, to })} />
            </label>
            <Choice
              label={t('exporting.template')}
              value={filter.templateId}
              values={templates}
              names={props.templateNames}
              onChange={(templateId) => changeFilter({ ...filter, templateId })}
            />
            <Choice
              label={t('exporting.world')}
              value={filter.world}
              values={worlds}
              onChange={(world) => changeFilter({ ...filter, world })}
            />
            <Choice
              label={t('exporting.tag')}
              value={filter.tag}
              values={tags}
              onChange={(tag) => changeFilter({ ...filter, tag })}
            />
          </fieldset>
          <p className="muted" role="status">
            {t('exporting.chosen', { chosen: ids.length, count: shown.length })}
          </p>
          <ul className="export-entries" aria-label={t('exporting.entries')}>
            {shown.map((entry) => (
              <li key={entry.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(entry.id)}
                    onChange={(e) => toggle(entry.id, e.target.checked)}
                  />
                  <span>{entryTitle(entry, entry.templateId ? props.templateNames[entry.templateId] : undefined)}</span>{' '}
                  <span className="muted">{formatFullDay(entry.date)}</span>
                </label>
              </li>
            ))}
          </ul>
          <ExportOptionsForm format={format} options={options} onFormat={setFormat} onOptions={setOptions} />
          <ErrorNotice error={listError} />
          {list && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void saveList();
              }}
            >
              <RedactionEditor list={list} people={people} onChange={setList} />
              <button type="submit">{t('exporting.saveList')}</button>
            </form>
          )}
        </div>
        <div className="export-side">
          <ExportPreviewPane load={preview} />
          <div className="export-run">
            {run.state === 'running' ? (
              <>
                <progress max={run.total} value={run.done} aria-label={t('exporting.progress')} />
                <span role="status">
                  {run.phase === 'saving'
                    ? t('exporting.saving')
                    : t(run.phase === 'writing' ? 'exporting.writing' : 'exporting.reading', {
                        done: run.done,
                        total: run.total,
                      })}
                </span>
                <button type="button" onClick={cancel}>
                  {t('common.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={request === null}
                onClick={() => request && void start(request)}
              >
                {t('exporting.run')}
              </button>
            )}
            {run.state === 'finished' && (
              <p role="status">
                {run.result.status === 'saved'
                  ? t('exporting.saved', {
                      entries: t('common.entries', { count: run.result.count }),
                      path: run.result.path,
                    })
                  : t('exporting.cancelled')}
              </p>
            )}
            {run.state === 'failed' && <ErrorNotice error={run.error} />}
          </div>
        </div>
      </div>
    </section>
  );
}

function Choice(props: {
  label: string;
  value: string;
  values: string[];
  names?: Record<string, string>;
  onChange: (value: string) => void;
}) {
  return (
    <SelectField label={props.label} value={props.value} onChange={props.onChange}>
      <option value="">{t('exporting.any')}</option>
      {props.values.map((value) => (
        <option key={value} value={value}>
          {props.names?.[value] ?? value}
        </option>
      ))}
    </SelectField>
  );
}

function fromLast(last: LastExportOptions | null): PackOptions {
  if (last === null) return DEFAULT_PACK_OPTIONS;
  const { hideTags, worlds, dates, omitUnansweredPrompts } = last;
  return { hideTags, worlds, dates, omitUnansweredPrompts, cover: last.withCover ? emptyCover() : null };
}
