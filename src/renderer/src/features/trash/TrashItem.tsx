import type { EntrySummary } from '@shared/entry-list';
import { formatFullDay, formatMoment } from '../../dates/date-words';
import { entryTitle } from '../entry-list/entry-title';
import { t } from '../../i18n';

/** One trashed entry: Restore, or Delete forever after a second, inline step. */
export function TrashItem(props: {
  entry: EntrySummary;
  /** Its template's name, which names an entry with no words. */
  templateName: string | undefined;
  confirming: boolean;
  /** A call for this entry is running: its buttons say so but keep focus (aria-disabled, not disabled). */
  busy: boolean;
  onRestore: (entry: EntrySummary) => void;
  onAskDelete: (id: string) => void;
  onPurge: (entry: EntrySummary) => void;
  onCancelDelete: (id: string) => void;
}) {
  const { entry, busy } = props;
  const title = entryTitle(entry, props.templateName);
  const disabled = busy || undefined;
  return (
    <>
      <div className="trash-item-text">
        <span className="trash-item-title">{title}</span>
        <span className="muted trash-item-dates">
          {formatFullDay(entry.date)}
          {entry.trashedAt && t('trash.movedAt', { moment: formatMoment(entry.trashedAt) })}
        </span>
      </div>
      {props.confirming ? (
        <div
          className="trash-confirm"
          role="group"
          aria-label={t('trash.confirmLabel', { title })}
          onKeyDown={(e) => e.key === 'Escape' && props.onCancelDelete(entry.id)}
        >
          <span className="trash-confirm-question">{t('trash.confirm')}</span>
          <button
            type="button"
            className="danger"
            data-control="confirm"
            aria-disabled={disabled}
            onClick={() => props.onPurge(entry)}
          >
            {t('trash.deleteForever')}
          </button>
          <button
            type="button"
            data-control="cancel"
            aria-disabled={disabled}
            onClick={() => props.onCancelDelete(entry.id)}
          >
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div className="trash-actions">
          <button type="button" data-control="restore" aria-disabled={disabled} onClick={() => props.onRestore(entry)}>
            {t('trash.restore')} <span className="visually-hidden">{t('trash.which', { title })}</span>
          </button>
          <button
            type="button"
            className="link-button trash-delete"
            data-control="delete"
            aria-disabled={disabled}
            onClick={() => props.onAskDelete(entry.id)}
          >
            {t('trash.deleteForever')} <span className="visually-hidden">{t('trash.which', { title })}</span>
          </button>
        </div>
      )}
    </>
  );
}
