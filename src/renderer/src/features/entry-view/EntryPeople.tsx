import { useId } from 'react';
import { t } from '../../i18n';

/**
 * The people the entry mentions, beside its worlds and tags. People come from @mentions in the text (that is
 * what lets an export redact them), so this field shows them rather than taking new ones; a name searches by it.
 */
export function EntryPeople(props: { people: readonly string[]; onFilter?: (name: string) => void }) {
  const labelId = useId();
  const { people, onFilter } = props;
  return (
    <div className="tag-input entry-people" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="tag-input-label">
        {t('entry.people')}
      </span>
      <div className="tag-input-box entry-people-box">
        {people.length === 0 ? (
          <span className="muted entry-people-hint">{t('entry.peopleHint')}</span>
        ) : (
          <ul className="tag-chips" aria-label={t('entry.peopleMentioned')}>
            {people.map((name) => (
              <li key={name} className="tag-chip entry-person">
                {onFilter ? (
                  <button
                    type="button"
                    className="tag-chip-name link-button"
                    title={t('tags.input.showWith', { chip: `@${name}` })}
                    onClick={() => onFilter(name)}
                  >
                    @{name}
                  </button>
                ) : (
                  <span className="tag-chip-name">@{name}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
