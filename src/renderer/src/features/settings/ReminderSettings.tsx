import type { Settings, SettingsPatch } from '@shared/settings';
import { weekStart } from '../../dates/week-start';
import { weekdayName, weekFrom } from './weekdays';
import { t } from '../../i18n';

/** A daily nudge to write, at a chosen time on chosen days (main schedules it: src/main/app/reminder-schedule.ts). */
export function ReminderSettings(props: { settings: Settings; save: (patch: SettingsPatch) => void }) {
  const reminder = props.settings.reminder;
  const toggleDay = (day: number, on: boolean) => {
    const days = on ? [...reminder.days, day] : reminder.days.filter((d) => d !== day);
    props.save({ reminder: { ...reminder, days: [...new Set(days)].sort((a, b) => a - b) } });
  };
  return (
    <fieldset>
      <legend>{t('settings.reminder.legend')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={reminder.enabled}
          onChange={(e) => props.save({ reminder: { ...reminder, enabled: e.target.checked } })}
        />{' '}
        {t('settings.reminder.enabled')}
      </label>
      <label>
        {t('settings.reminder.at')}{' '}
        <input
          type="time"
          value={reminder.time}
          disabled={!reminder.enabled}
          onChange={(e) => e.target.value && props.save({ reminder: { ...reminder, time: e.target.value } })}
        />
      </label>
      <div role="group" aria-label={t('settings.reminder.days')} className="weekdays">
        {weekFrom(weekStart(props.settings)).map((day) => (
          <label key={day} className="check">
            <input
              type="checkbox"
              checked={reminder.days.includes(day)}
              disabled={!reminder.enabled}
              onChange={(e) => toggleDay(day, e.target.checked)}
            />{' '}
            {weekdayName(day, 'short')}
          </label>
        ))}
      </div>
      <p className="muted">{t('settings.reminder.when')}</p>
    </fieldset>
  );
}
