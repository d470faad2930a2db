import type { NameLabel, RedactionList, RedactionPhrase } from '@shared/export';
import { t } from '../../i18n';

/**
 * The writer's redaction list: phrases that are not mentions (organisations, places, projects) and
 * the label each person mentioned in the chosen entries gets. Kept encrypted in the journal.
 */
export function RedactionEditor(props: {
  list: RedactionList;
  people: string[];
  onChange: (list: RedactionList) => void;
}) {
  const { list, onChange } = props;
  const setPhrase = (index: number, patch: Partial<RedactionPhrase>) =>
    onChange({ ...list, phrases: list.phrases.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const labelOf = (name: string) => list.people.find((p) => p.name.toLowerCase() === name.toLowerCase())?.label ?? '';
  const setLabel = (name: string, label: string) => {
    const others = list.people.filter((p) => p.name.toLowerCase() !== name.toLowerCase());
    const people: NameLabel[] = label.trim() ? [...others, { name, label }] : others;
    onChange({ ...list, people });
  };

  return (
    <div className="redaction">
      <h3>{t('exporting.redaction.title')}</h3>
      <p className="muted">{t('exporting.redaction.about')}</p>
      <ul className="redaction-rows">
        {list.phrases.map((row, index) => (
          <li key={index}>
            <input
              aria-label={t('exporting.redaction.phrase', { n: index + 1 })}
              value={row.phrase}
              placeholder={t('exporting.redaction.phrasePlaceholder')}
              onChange={(e) => setPhrase(index, { phrase: e.target.value })}
            />
            <span aria-hidden="true">→</span>
            <input
              aria-label={t('exporting.redaction.replacement', { n: index + 1 })}
              value={row.replacement}
              placeholder={t('exporting.redaction.redacted')}
              onChange={(e) => setPhrase(index, { replacement: e.target.value })}
            />
            <button
              type="button"
              onClick={() => onChange({ ...list, phrases: list.phrases.filter((_, i) => i !== index) })}
            >
              {t('exporting.redaction.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => onChange({ ...list, phrases: [...list.phrases, { phrase: '', replacement: '' }] })}
      >
        {t('exporting.redaction.add')}
      </button>
      {props.people.length > 0 && (
        <>
          <h3>{t('exporting.redaction.people')}</h3>
          <p className="muted">{t('exporting.redaction.peopleAbout')}</p>
          <ul className="redaction-rows">
            {props.people.map((name) => (
              <li key={name}>
                <span className="redaction-name">@{name}</span>
                <span aria-hidden="true">→</span>
                <input
                  aria-label={t('exporting.redaction.labelFor', { name })}
                  value={labelOf(name)}
                  placeholder={t('exporting.redaction.personA')}
                  onChange={(e) => setLabel(name, e.target.value)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
