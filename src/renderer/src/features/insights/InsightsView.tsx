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

const PERIODS: Array<[PeriodKind, string]> = [
  ['month', 'This month'],
  ['quarter', 'This quarter'],
  ['year', 'This year'],
  ['custom', 'Custom'],
];

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
              {e?.label || 'Untitled'}
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
      <h1 id="insights-title">Insights</h1>
      <div className="insights-controls">
        <label>
          Period{' '}
          <select value={period} onChange={(e) => setPeriod(e.target.value as PeriodKind)}>
            {PERIODS.map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
        </label>
        {period === 'custom' && (
          <>
            <label>
              From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label>
              To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
          </>
        )}
        <button type="button" onClick={review('week')}>
          Start weekly review
        </button>
        <button type="button" onClick={review('month')}>
          Start monthly review
        </button>
      </div>
      <ErrorNotice error={error ?? (load.state === 'failed' ? load.error : null)} />
      {!customReady && <p className="muted">Choose a start day on or before the end day.</p>}
      {load.state === 'loading' && <p className="muted">Looking over your journal…</p>}
      {load.state === 'ready' && load.value && (
        <>
          <WritingDaysChart writing={load.value.writing} />
          <TemplateWeeksChart templates={load.value.templates} />
          <LandscapeMapChart map={load.value.map} renderEntries={entryLinks} />
          <section aria-labelledby="insights-people">
            <h2 id="insights-people">People you reflected on most</h2>
            {load.value.people.length === 0 ? (
              <p className="muted">No one @mentioned in this period.</p>
            ) : (
              <ol className="insights-people">
                {load.value.people.map((p) => (
                  <li key={p.name}>
                    @{p.name} <span className="muted">({p.entries === 1 ? '1 entry' : `${p.entries} entries`})</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <ValueLedgerTable ledger={load.value.ledger} onOpen={props.onOpen} />
          <section aria-labelledby="insights-setbacks">
            <h2 id="insights-setbacks">Setbacks, and what followed</h2>
            {load.value.setbacks.length === 0 ? (
              <p className="muted">No setbacks written up in this period.</p>
            ) : (
              <ul className="insights-setbacks">
                {load.value.setbacks.map((s) => (
                  <li key={s.setback.id}>
                    <button type="button" className="link-button" onClick={() => props.onOpen(s.setback.id)}>
                      {s.setback.title || 'Untitled setback'}
                    </button>{' '}
                    <span className="muted">
                      {formatFullDay(s.setback.date)}
                      {s.setback.worlds.length > 0 && ` · ${s.setback.worlds.join(', ')}`}
                    </span>
                    {s.after.length > 0 ? (
                      <>
                        <span className="muted"> Then, in the same world:</span>
                        {entryLinks(s.after.map((a) => a.id))}
                      </>
                    ) : (
                      <span className="muted"> Nothing written since in the same world.</span>
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
