import { VALUE_CYCLES, type ValueLedger } from '@shared/insights';
import { formatFullDay } from '../../dates/date-words';
import { formatNumber } from '../../i18n/locale';
import { t } from '../../i18n';

/** The value-creation stories with the cycles each reached: the evidence of a difference made. */
export function ValueLedgerTable(props: { ledger: ValueLedger; onOpen: (id: string) => void }) {
  const { ledger } = props;
  const n = ledger.stories.length;
  return (
    <section aria-labelledby="insights-ledger">
      <h2 id="insights-ledger">{t('insights.ledger.title')}</h2>
      {n === 0 ? (
        <p className="muted">{t('insights.ledger.none')}</p>
      ) : (
        <>
          <p>
            {t('insights.ledger.stories', { count: n })}{' '}
            {t('insights.ledger.reached', { count: ledger.reached.realised })}
          </p>
          <table className="insights-table ledger">
            <thead>
              <tr>
                <th scope="col">{t('insights.ledger.story')}</th>
                {VALUE_CYCLES.map((c) => (
                  <th scope="col" key={c}>
                    {t(`insights.ledger.cycles.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ledger.stories.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => props.onOpen(s.id)}>
                      {s.title || t('insights.ledger.untitled')}
                    </button>{' '}
                    <span className="muted">{formatFullDay(s.date)}</span>
                  </th>
                  {VALUE_CYCLES.map((c) => (
                    <td key={c}>
                      {s.cycles.includes(c) ? (
                        <span aria-label={t('insights.ledger.yes')}>●</span>
                      ) : (
                        <span aria-label={t('insights.ledger.notYet')}>·</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('insights.ledger.reaching')}</th>
                {VALUE_CYCLES.map((c) => (
                  <td key={c}>{formatNumber(ledger.reached[c])}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}
