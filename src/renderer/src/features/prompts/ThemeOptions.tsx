import { PROMPT_THEMES } from '@shared/template';
import { themeLabel } from './theme-labels';

/** The eight prompt themes as <option>s, in their fixed order. */
export function ThemeOptions() {
  return PROMPT_THEMES.map((theme) => (
    <option key={theme} value={theme}>
      {themeLabel(theme)}
    </option>
  ));
}
