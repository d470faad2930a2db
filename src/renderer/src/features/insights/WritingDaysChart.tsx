import type { WritingDays } from '@shared/insights';
import { formatMonth } from '../../dates/date-words';

const streakWords = (n: number) => (n === 1 ? '1 day' : `${n} days`);

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
      <h2 id="insights-writing">Writing days</h2>
      <p>
        You wrote on {streakWords(writing.writingDays)} in this period ({writing.entries}{' '}
        {writing.entries === 1 ? 'entry' : 'entries'}).{' '}
        {writing.currentStreak > 1
          ? `You have written ${streakWords(writing.currentStreak)} in a row.`
          : 'Every day you write is a day that counts.'}{' '}
        {writing.longestStreak > 1 && `Your longest run here was ${streakWords(writing.longestStreak)}.`}
      </p>
      <div className="heatmap" aria-hidden="true">
        {writing.days.map((d) => (
          <span key={d.date} className={`heat heat-${Math.min(d.entries, 3)}`} title={`${d.date}: ${d.entries}`} />
        ))}
      </div>
      <table className="insights-table">
        <caption className="visually-hidden">Writing days by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Days written</th>
            <th scope="col">Entries</th>
          </tr>
        </thead>
        <tbody>
          {[...months].map(([month, m]) => (
            <tr key={month}>
              <th scope="row">{formatMonth(month)}</th>
              <td>{m.days}</td>
              <td>{m.entries}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
