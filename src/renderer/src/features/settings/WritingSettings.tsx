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
const EXPORT_FORMATS: Array<[Settings['exportDefaults']['format'], string]> = [
  ['markdown', 'Markdown'],
  ['text', 'Plain text'],
  ['html', 'Web page (HTML)'],
  ['docx', 'Word document'],
  ['pdf', 'PDF'],
];

/** Spellcheck (and consent to its one-time dictionary download), the week's first day, export defaults. */
export function WritingSettings(props: { settings: Settings; platform: string; save: (patch: SettingsPatch) => void }) {
  const { spellcheck, exportDefaults } = props.settings;
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
      <label>
        Export as{' '}
        <select
          value={exportDefaults.format}
          onChange={(e) =>
            props.save({
              exportDefaults: { ...exportDefaults, format: e.target.value as Settings['exportDefaults']['format'] },
            })
          }
        >
          {EXPORT_FORMATS.map(([format, name]) => (
            <option key={format} value={format}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={exportDefaults.redactPeople}
          onChange={(e) => props.save({ exportDefaults: { ...exportDefaults, redactPeople: e.target.checked } })}
        />{' '}
        Replace people&apos;s names with initials when exporting
      </label>
    </fieldset>
  );
}
