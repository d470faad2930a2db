import { chordLabel, COMMAND_SHORTCUTS } from '@shared/shortcuts';
import { IS_APPLE } from 'lexical';
import { formatFullDay } from '../../dates/date-words';
import { t } from '../../i18n';

/** Previous day and Next day beside the entry's date (also Alt+← and Alt+→): days with a reflection, and today. */
export function DaySteps(props: { previous: string | null; next: string | null; onStep: (day: string) => void }) {
  const step = (label: string, day: string | null, glyph: string, command: 'previous-day' | 'next-day') => (
    <button
      type="button"
      className="day-step"
      disabled={day === null}
      aria-label={day === null ? label : t('entry.stepTo', { step: label, day: formatFullDay(day) })}
      title={t('journal.withKeys', { name: label, keys: chordLabel(COMMAND_SHORTCUTS[command]!, IS_APPLE) })}
      onClick={() => day && props.onStep(day)}
    >
      {glyph}
    </button>
  );
  return (
    <span className="day-steps">
      {step(t('entry.previousDay'), props.previous, '‹', 'previous-day')}
      {step(t('entry.nextDay'), props.next, '›', 'next-day')}
    </span>
  );
}
