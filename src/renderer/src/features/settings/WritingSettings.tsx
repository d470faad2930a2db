import { DICTIONARY_HOST, needsDictionaryConsent, type Settings, type SettingsPatch } from '@shared/settings';
import { regionFirstDay } from '../../dates/week-start';
import { formatLocale } from '../../i18n/locale';
import { weekdayName } from './weekdays';
import { t } from '../../i18n';

const LANGUAGES = ['en-GB', 'en-US', 'cy', 'fr-FR', 'de-DE', 'es-ES'] as const;
/**
 * Spellcheck (and consent to its one-time dictionary download) and the week's first day. Export choices live on the
 * Export screen, which remembers the last ones.
 */
export function WritingSettings(props: { settings: Settings; platform: string; save: (patch: SettingsPatch) => void }) {
  const { spellcheck } = props.settings;
  const ask = needsDictionaryConsent(props.platform, spellcheck);
  return (
    <fieldset>
      <legend>{t('settings.writing.legend')}</legend>
      <label>
        {t('settings.writing.spellcheck')}{' '}
        <select
          value={spellcheck.language ?? ''}
          onChange={(e) => props.save({ spellcheck: { ...spellcheck, language: e.target.value || null } })}
        >
          <option value="">{t('settings.writing.none')}</option>
          {LANGUAGES.map((tag) => (
            <option key={tag} value={tag}>
              {t(`settings.writing.languages.${tag}`)}
            </option>
          ))}
        </select>
      </label>
      {ask && (
        <div className="notice" role="note">
          <p>{t('settings.writing.consent', { host: DICTIONARY_HOST })}</p>
          <button
            type="button"
            onClick={() => props.save({ spellcheck: { ...spellcheck, dictionaryDownloadAllowed: true } })}
          >
            {t('settings.writing.download')}
          </button>
        </div>
      )}
      <label>
        {t('settings.writing.weekStart')}{' '}
        <select
          value={props.settings.firstDayOfWeek ?? ''}
          onChange={(e) => props.save({ firstDayOfWeek: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">
            {t('settings.writing.weekStartRegion', { day: weekdayName(regionFirstDay(formatLocale())) })}
          </option>
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
