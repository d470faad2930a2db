import { useEffect, useState } from 'react';
import type { Output } from '@shared/contract';
import { call } from '../../bridge';
import { formatFullDay } from '../../dates/date-words';
import { t } from '../../i18n';

/** The entries that link to this one: a setback's page lists the entry that tells of its recovery. */
export function LinkedFrom(props: { entryId: string; onOpen?: (id: string) => void }) {
  const [from, setFrom] = useState<Output<'entries:linkedFrom'>>([]);
  useEffect(() => {
    let live = true;
    call('entries:linkedFrom', { id: props.entryId }).then(
      (found) => live && setFrom(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [props.entryId]);
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
