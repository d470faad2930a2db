import { useEffect, useId, useRef, useState } from 'react';
import type { SearchFilters, SearchResult } from '@shared/search';
import { call } from '../../bridge';
import { formatFullDay } from '../../dates/date-words';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { Marked } from './Marked';
import { withoutTag } from './search-filters';
import './search.css';
import { t } from '../../i18n';
import { DateField } from '../../forms/DateField';

const TYPING_PAUSE_MS = 120;
const PREFIX = { worlds: '', people: '@', tags: '#' } as const;

/**
 * The search screen: words, "phrases" and filters, results with their date, title and a marked
 * passage. The field keeps focus: arrow keys move through results, Enter opens one, Escape goes back.
 */
export function SearchView(props: {
  text: string;
  onText: (text: string) => void;
  /** Changes when Ctrl/Cmd+K asks for the field again. */
  focusKey: number;
  filters: SearchFilters;
  onFilters: (filters: SearchFilters) => void;
  templateNames: Record<string, string>;
  onOpen: (id: string, match: string | null) => void;
  onBack: () => void;
}) {
  const { filters, onFilters, text } = props;
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const listId = useId();
  const fieldId = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [props.focusKey]);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(() => {
      call('search:query', { ...filters, text }).then(
        (r) => {
          if (request !== latest.current) return;
          setResult(r);
          setActive(0);
          setError(null);
        },
        (e: unknown) => request === latest.current && setError(e),
      );
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, filters]);

  const hits = result?.hits ?? [];
  const open = (i: number) => {
    const hit = hits[i];
    if (hit) props.onOpen(hit.id, hit.firstMatch);
  };
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') open(active);
    else if (e.key === 'Escape') props.onBack();
    else return;
    e.preventDefault();
  };
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const set = (patch: Partial<SearchFilters>) => onFilters({ ...filters, ...patch });
  const asked = text.trim() !== '' || Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));
  const templateValue =
    filters.templateIds === undefined ? '' : filters.templateIds[0] === null ? 'none' : filters.templateIds[0];

  return (
    <section className="search-view" aria-labelledby={`${fieldId}-heading`}>
      <h1 id={`${fieldId}-heading`}>{t('search.title')}</h1>
      <label htmlFor={fieldId} className="visually-hidden">
        {t('search.field')}
      </label>
      <input
        id={fieldId}
        ref={input}
        className="search-field"
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => props.onText(e.target.value)}
        onKeyDown={onKey}
      />
      <div className="search-filters" role="group" aria-label={t('search.filters')}>
        <label>
          {t('search.from')}{' '}
          <DateField value={filters.from ?? ''} onChange={(from) => set({ from: from || undefined })} />
        </label>
        <label>
          {t('search.to')} <DateField value={filters.to ?? ''} onChange={(to) => set({ to: to || undefined })} />
        </label>
        <label>
          {t('search.template')}{' '}
          <select
            value={templateValue}
            onChange={(e) => {
              const v = e.target.value;
              set({ templateIds: v === '' ? undefined : [v === 'none' ? null : v] });
            }}
          >
            <option value="">{t('search.anyTemplate')}</option>
            <option value="none">{t('search.noTemplate')}</option>
            {Object.entries(props.templateNames).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.unanswered === true}
            onChange={(e) => set({ unanswered: e.target.checked || undefined })}
          />
          {t('search.unanswered')}
        </label>
        {(['worlds', 'people', 'tags'] as const).flatMap((key) =>
          (filters[key] ?? []).map((name) => (
            <button
              key={`${key}:${name}`}
              type="button"
              className="filter-chip"
              aria-label={t('search.removeFilter', { filter: `${PREFIX[key]}${name}` })}
              onClick={() => onFilters(withoutTag(filters, key, name))}
            >
              {PREFIX[key]}
              {name} <span aria-hidden="true">×</span>
            </button>
          )),
        )}
      </div>
      <ErrorNotice error={error} />
      <p className="muted search-count" role="status">
        {!asked || !result
          ? ''
          : hits.length === 0
            ? t('search.nothing')
            : result.more
              ? t('search.countMore', { count: hits.length })
              : t('search.count', { count: hits.length })}
      </p>
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results">
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="search-result"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => open(i)}
          >
            <span className="search-result-date">{formatFullDay(hit.date)}</span>
            <span className="search-result-title">
              {hit.title ? <Marked text={hit.title} ranges={hit.titleRanges} /> : t('search.untitled')}
              {hit.templateId && props.templateNames[hit.templateId] && (
                <span className="muted"> · {props.templateNames[hit.templateId]}</span>
              )}
            </span>
            <span className="search-result-snippet">
              <Marked text={hit.snippet} ranges={hit.snippetRanges} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
