import type { PromptTheme } from '@shared/template';
import { t } from '../../i18n';

/** The words a person sees for a prompt theme; the ids stay in the vault and never change. */
export function themeLabel(theme: PromptTheme): string {
  return t(`prompts.themes.${theme}`);
}
