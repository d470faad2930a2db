import { useState } from 'react';
import type { EntrySummary } from '@shared/entry-list';
import type { PeriodKind } from '@shared/insights';
import { call } from '../../bridge';
import { localDay } from '../../dates/calendar-day';
import { formatFullDay } from '../../dates/date-words';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useLoad } from '../../state/use-load';
import { LandscapeMapChart } from './LandscapeMapChart';
import { TemplateWeeksChart } from './TemplateWeeksChart';
import { ValueLedgerTable } from './ValueLedgerTable';
import { WritingDaysChart } from './WritingDaysChart';
import './insights.css';
import { t } from '../../i18n';
import { DateField } from '../../forms/DateField';

const PERIODS: PeriodKind[] = ['month', 'quarter', 'year', 'custom'];

/** A look at the work over a period, from the journal in memory; a review can be started from here. */
export function InsightsView(props: {
  /** The journal's store, to name the entries an insight points at. */
  entries: readonly EntrySummary[];
  onOpen: (id: string) => void;
  onReview: (kind: 'week' | 'month') => Promise<void>;
}) {
  const today = localDay();
  const [period, setPeriod] = useState<PeriodKind>('month');
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [error, setError] = useState<unknown>(null);
  const customReady = period !== 'custom' || (from !== '' && to !== '' && from <= to);
  const { load } = useLoad(
    () =>
      customReady
        ? call('insights:compute', period === 'custom' ? { today, period, from, to } : { today, period })
        : Promise.resolve(null),
    [period, from, to, customReady, today],
  );
  const byId = new Map(props.entries.map((e) => [e.id, e]));
  const entryLinks = (ids: string[]) => (
    <ul className="insights-entries">
      {ids.map((id) => {
        const e = byId.get(id);
        return (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => props.onOpen(id)}>
              {e?.label || t('insights.untitled')}
            </button>{' '}
            {e && <span className="muted">{formatFullDay(e.date)}</span>}
          </li>
        );
      })}
    </ul>
  );
  const review = (kind: 'week' | 'month') => () => props.onReview(kind).catch(setError);

  return (
    <section className="insights" aria-labelledby="insights-title">
      <h1 id="insights-title">{t('insights.title')}</h1>
      <div className="insights-controls">
        <label>
          {t('insights.period')}{' '}
          <select value={period} onChange={(e) => setPeriod(e.target.value as PeriodKind)}>
            {PERIODS.map((value) => (
              <option key={value} value={value}>
                {t(`insights.periods.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {period === 'custom' && (
          <>
            <label>
              {t('insights.from')} <DateField value={from} onChange={setFrom} />
            </label>
            <label>
              {t('insights.to')} <DateField value={to} onChange={setTo} />
            </label>
          </>
        )}
        <button type="button" onClick={review('week')}>
          {t('insights.weeklyReview')}
        </button>
        <button type="button" onClick={review('month')}>
          {t('insights.monthlyReview')}
        </button>
      </div>
      <ErrorNotice error={error ?? (load.state === 'failed' ? load.error : null)} />
      {!customReady && <p className="muted">{t('insights.customOrder')}</p>}
      {load.state === 'loading' && <p className="muted">{t('insights.looking')}</p>}
      {load.state === 'ready' && load.value && (
        <>
          <WritingDaysChart writing={load.value.writing} />
          <TemplateWeeksChart templates={load.value.templates} />
          <LandscapeMapChart map={load.value.map} renderEntries={entryLinks} />
          <section aria-labelledby="insights-people">
            <h2 id="insights-people">{t('insights.people.title')}</h2>
            {load.value.people.length === 0 ? (
              <p className="muted">{t('insights.people.none')}</p>
            ) : (
              <ol className="insights-people">
                {load.value.people.map((p) => (
                  <li key={p.name}>
                    @{p.name}{' '}
                    <span className="muted">
                      {t('insights.people.entries', { entries: t('common.entries', { count: p.entries }) })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <ValueLedgerTable ledger={load.value.ledger} onOpen={props.onOpen} />
          <section aria-labelledby="insights-setbacks">
            <h2 id="insights-setbacks">{t('insights.setbacks.title')}</h2>
            {load.value.setbacks.length === 0 ? (
              <p className="muted">{t('insights.setbacks.none')}</p>
            ) : (
              <ul className="insights-setbacks">
                {load.value.setbacks.map((s) => (
                  <li key={s.setback.id}>
                    <button type="button" className="link-button" onClick={() => props.onOpen(s.setback.id)}>
                      {s.setback.title || t('insights.setbacks.untitled')}
                    </button>{' '}
                    <span className="muted">
                      {formatFullDay(s.setback.date)}
                      {s.setback.worlds.length > 0 && ` · ${s.setback.worlds.join(', ')}`}
                    </span>
                    {s.after.length > 0 ? (
                      <>
                        <span className="muted"> {t('insights.setbacks.then')}</span>
                        {entryLinks(s.after.map((a) => a.id))}
                      </>
                    ) : (
                      <span className="muted"> {t('insights.setbacks.nothing')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
