import { VIEWS, type ViewId } from './views';
import { t } from '../../i18n';

/**
 * One sidebar button per screen in the view table, in a compact grid so the entry list below stays in
 * view even in a small window; the current one is marked for screen readers.
 */
export function ViewNav(props: { current: ViewId; onGo: (view: ViewId) => void }) {
  return (
    <div className="view-nav">
      {(Object.keys(VIEWS) as (keyof typeof VIEWS)[]).map((id) => (
        <button
          key={id}
          type="button"
          aria-current={props.current === id ? 'page' : undefined}
          onClick={() => props.onGo(id)}
        >
          {t(`journal.views.${id}`)}
        </button>
      ))}
    </div>
  );
}
