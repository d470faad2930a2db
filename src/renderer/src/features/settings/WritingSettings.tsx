import { DICTIONARY_HOST, needsDictionaryConsent, type Settings, type SettingsPatch } from '@shared/settings';
import { weekdayName } from './weekdays';

const LANGUAGES: Array<[string, string]> = [
  ['en-GB', 'English (UK)'],
  ['en-US', 'English (US)'],
  ['cy', 'Welsh'],
  ['fr-FR', 'French'],
  ['de-DE', 'German'],
  ['es-ES', 'Spanish'],
];
/**
 * Spellcheck (and consent to its one-time dictionary download) and the week's first day. Export choices live on the
 * Export screen, which remembers the last ones.
 */
export function WritingSettings(props: { settings: Settings; platform: string; save: (patch: SettingsPatch) => void }) {
  const { spellcheck } = props.settings;
  const ask = needsDictionaryConsent(props.platform, spellcheck);
  return (
    <fieldset>
      <legend>Writing</legend>
      <label>
        Check spelling in{' '}
        <select
          value={spellcheck.language ?? ''}
          onChange={(e) => props.save({ spellcheck: { ...spellcheck, language: e.target.value || null } })}
        >
          <option value="">(no spellcheck)</option>
          {LANGUAGES.map(([tag, name]) => (
            <option key={tag} value={tag}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {ask && (
        <div className="notice" role="note">
          <p>
            Spellcheck on this computer needs a dictionary, downloaded once from Google ({DICTIONARY_HOST}). Only the
            dictionary comes in; nothing you write is sent. Until you agree, spelling is not checked.
          </p>
          <button
            type="button"
            onClick={() => props.save({ spellcheck: { ...spellcheck, dictionaryDownloadAllowed: true } })}
          >
            Download the dictionary
          </button>
        </div>
      )}
      <label>
        Weeks start on{' '}
        <select
          value={props.settings.firstDayOfWeek}
          onChange={(e) => props.save({ firstDayOfWeek: Number(e.target.value) })}
        >
          {[1, 6, 0].map((day) => (
            <option key={day} value={day}>
              {weekdayName(day)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
