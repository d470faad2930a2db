import type { PromptTheme } from '@shared/template';

/** The words a person sees for each prompt theme; the ids stay in the vault and never change. */
export const THEME_LABELS: Record<PromptTheme, string> = {
  setbacks: 'Setbacks',
  courage: 'Courage',
  legitimacy: 'Legitimacy',
  'boundaries-landscape': 'Boundaries and the landscape',
  'relationships-betting-on-people': 'Relationships and betting on people',
  'impact-value': 'Impact and value',
  'cost-to-self-care': 'Cost to self and care of self',
  learning: 'Learning',
};

export function themeLabel(theme: PromptTheme): string {
  return THEME_LABELS[theme];
}
