import type { WritingDays } from '@shared/insights';
import { formatMonth } from '../../dates/date-words';
import { formatNumber } from '../../i18n/locale';
import { t } from '../../i18n';

const streakWords = (count: number) => t('insights.writing.days', { count });

/** The heatmap of writing days (a square a day, darker for more) and, for everyone, a table by month. */
export function WritingDaysChart({ writing }: { writing: WritingDays }) {
  const months = new Map<string, { days: number; entries: number }>();
  for (const d of writing.days) {
    const m = months.get(d.date.slice(0, 7)) ?? { days: 0, entries: 0 };
    if (d.entries > 0) m.days += 1;
    m.entries += d.entries;
    months.set(d.date.slice(0, 7), m);
  }
  return (
    <section aria-labelledby="insights-writing">
      <h2 id="insights-writing">{t('insights.writing.title')}</h2>
      <p>
        {t('insights.writing.wrote', {
          days: streakWords(writing.writingDays),
          entries: t('common.entries', { count: writing.entries }),
        })}{' '}
        {writing.currentStreak > 1
          ? t('insights.writing.streak', { days: streakWords(writing.currentStreak) })
          : t('insights.writing.counts')}{' '}
        {writing.longestStreak > 1 && t('insights.writing.longest', { days: streakWords(writing.longestStreak) })}
      </p>
      <div className="heatmap" aria-hidden="true">
        {writing.days.map((d) => (
          <span key={d.date} className={`heat heat-${Math.min(d.entries, 3)}`} title={`${d.date}: ${d.entries}`} />
        ))}
      </div>
      <table className="insights-table">
        <caption className="visually-hidden">{t('insights.writing.byMonth')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.writing.month')}</th>
            <th scope="col">{t('insights.writing.daysWritten')}</th>
            <th scope="col">{t('insights.writing.entries')}</th>
          </tr>
        </thead>
        <tbody>
          {[...months].map(([month, m]) => (
            <tr key={month}>
              <th scope="row">{formatMonth(month)}</th>
              <td>{formatNumber(m.days)}</td>
              <td>{formatNumber(m.entries)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
