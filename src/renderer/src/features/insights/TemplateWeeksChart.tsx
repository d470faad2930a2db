import type { TemplateWeeks } from '@shared/insights';
import { formatDayAndMonth } from '../../dates/date-words';
import { formatNumber } from '../../i18n/locale';
import { t } from '../../i18n';

/** Entries by template per week: small bars for the eye, and the same figures as a table. */
export function TemplateWeeksChart({ templates }: { templates: TemplateWeeks }) {
  const most = Math.max(1, ...templates.series.flatMap((s) => s.perWeek));
  return (
    <section aria-labelledby="insights-templates">
      <h2 id="insights-templates">{t('insights.templates.title')}</h2>
      {templates.series.length === 0 ? (
        <p className="muted">{t('insights.templates.none')}</p>
      ) : (
        <table className="insights-table template-weeks">
          <thead>
            <tr>
              <th scope="col">{t('insights.templates.template')}</th>
              <th scope="col">{t('insights.templates.total')}</th>
              <th scope="col">{t('insights.templates.weekByWeek')}</th>
            </tr>
          </thead>
          <tbody>
            {templates.series.map((s) => (
              <tr key={s.templateId ?? 'none'}>
                <th scope="row">{s.templateId === null ? t('insights.templates.noTemplate') : s.name}</th>
                <td>{formatNumber(s.total)}</td>
                <td>
                  <span className="sparkbars" aria-hidden="true">
                    {s.perWeek.map((n, i) => (
                      <span key={templates.weeks[i]} style={{ height: `${(n / most) * 100}%` }} />
                    ))}
                  </span>
                  <span className="visually-hidden">
                    {s.perWeek
                      .map((n, i) =>
                        n > 0
                          ? t('insights.templates.week', { date: formatDayAndMonth(templates.weeks[i]!), count: n })
                          : '',
                      )
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
