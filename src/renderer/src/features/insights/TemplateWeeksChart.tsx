import type { TemplateWeeks } from '@shared/insights';
import { formatDayAndMonth } from '../../dates/date-words';

/** Entries by template per week: small bars for the eye, and the same figures as a table. */
export function TemplateWeeksChart({ templates }: { templates: TemplateWeeks }) {
  const most = Math.max(1, ...templates.series.flatMap((s) => s.perWeek));
  return (
    <section aria-labelledby="insights-templates">
      <h2 id="insights-templates">Entries by template, week by week</h2>
      {templates.series.length === 0 ? (
        <p className="muted">No entries in this period yet.</p>
      ) : (
        <table className="insights-table template-weeks">
          <thead>
            <tr>
              <th scope="col">Template</th>
              <th scope="col">Total</th>
              <th scope="col">Week by week</th>
            </tr>
          </thead>
          <tbody>
            {templates.series.map((s) => (
              <tr key={s.templateId ?? 'none'}>
                <th scope="row">{s.name}</th>
                <td>{s.total}</td>
                <td>
                  <span className="sparkbars" aria-hidden="true">
                    {s.perWeek.map((n, i) => (
                      <span key={templates.weeks[i]} style={{ height: `${(n / most) * 100}%` }} />
                    ))}
                  </span>
                  <span className="visually-hidden">
                    {s.perWeek
                      .map((n, i) => (n > 0 ? `week of ${formatDayAndMonth(templates.weeks[i]!)}: ${n}` : ''))
                      .filter(Boolean)
                      .join('; ')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
