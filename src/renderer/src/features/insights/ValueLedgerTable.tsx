import { VALUE_CYCLES, type ValueLedger } from '@shared/insights';
import { formatFullDay } from '../../dates/date-words';

const CYCLE_WORDS: Record<(typeof VALUE_CYCLES)[number], string> = {
  immediate: 'Immediate',
  potential: 'Potential',
  applied: 'Applied',
  realised: 'Realised',
  reframing: 'Reframing',
  enabling: 'Enabling',
  strategic: 'Strategic',
};

/** The value-creation stories with the cycles each reached: the evidence of a difference made. */
export function ValueLedgerTable(props: { ledger: ValueLedger; onOpen: (id: string) => void }) {
  const { ledger } = props;
  const n = ledger.stories.length;
  return (
    <section aria-labelledby="insights-ledger">
      <h2 id="insights-ledger">Value ledger</h2>
      {n === 0 ? (
        <p className="muted">No value-creation stories in this period. The value-creation story template starts one.</p>
      ) : (
        <>
          <p>
            {n === 1 ? '1 story' : `${n} stories`} in this period;{' '}
            {ledger.reached.realised === 1 ? '1 reached' : `${ledger.reached.realised} reached`} realised value.
          </p>
          <table className="insights-table ledger">
            <thead>
              <tr>
                <th scope="col">Story</th>
                {VALUE_CYCLES.map((c) => (
                  <th scope="col" key={c}>
                    {CYCLE_WORDS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ledger.stories.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => props.onOpen(s.id)}>
                      {s.title || 'Untitled'}
                    </button>{' '}
                    <span className="muted">{formatFullDay(s.date)}</span>
                  </th>
                  {VALUE_CYCLES.map((c) => (
                    <td key={c}>
                      {s.cycles.includes(c) ? <span aria-label="reached">●</span> : <span aria-label="not yet">·</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Stories reaching each</th>
                {VALUE_CYCLES.map((c) => (
                  <td key={c}>{ledger.reached[c]}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}
