import type { OnThisDay as Found } from '@shared/insights';
import { call } from '../../bridge';
import { useLoad } from '../../state/use-load';
import './insights.css';
import { t } from '../../i18n';

const WHEN: Array<keyof Found> = ['weekAgo', 'monthAgo', 'yearAgo'];

/** A quiet strip on Today: what was written a week, a month and a year ago. Nothing at all when there is none. */
export function OnThisDay(props: { today: string; onOpen: (id: string) => void }) {
  const { load } = useLoad(() => call('insights:onThisDay', { today: props.today }), [props.today]);
  if (load.state !== 'ready') return null;
  const found = WHEN.filter((key) => load.value[key].length > 0);
  if (found.length === 0) return null;
  return (
    <aside className="on-this-day" aria-labelledby="on-this-day">
      <h2 id="on-this-day">{t('insights.onThisDay.title')}</h2>
      {found.map((key) =>
        load.value[key].map((e) => (
          <span key={e.id}>
            {t('insights.onThisDay.when', { when: t(`insights.onThisDay.${key}`) })}{' '}
            <button type="button" className="link-button" onClick={() => props.onOpen(e.id)}>
              {e.title || t('insights.onThisDay.untitled')}
            </button>
          </span>
        )),
      )}
    </aside>
  );
}
