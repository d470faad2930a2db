import { call } from '../../bridge';
import { formatFullDay } from '../../dates/date-words';
import { t } from '../../i18n';
import { useLoad } from '../../state/use-load';

/** The entries that link to this one: a setback's page lists the entry that tells of its recovery. */
export function LinkedFrom(props: { entryId: string; onOpen?: (id: string) => void }) {
  const { load } = useLoad(() => call('entries:linkedFrom', { id: props.entryId }), [props.entryId]);
  const from = load.state === 'ready' ? load.value : [];
  if (from.length === 0 || !props.onOpen) return null;
  return (
    <section className="linked-from" aria-labelledby={`linked-from-${props.entryId}`}>
      <h2 id={`linked-from-${props.entryId}`}>{t('entry.linkedFrom')}</h2>
      <ul>
        {from.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => props.onOpen?.(e.id)}>
              {t('entry.linkedEntry', { title: e.title || t('entry.untitledLink'), day: formatFullDay(e.date) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
