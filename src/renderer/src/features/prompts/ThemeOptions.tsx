import { PROMPT_THEMES } from '@shared/template';
import { THEME_LABELS } from './theme-labels';

/** The eight prompt themes as <option>s, in their fixed order. */
export function ThemeOptions() {
  return PROMPT_THEMES.map((t) => (
    <option key={t} value={t}>
      {THEME_LABELS[t]}
    </option>
  ));
}
