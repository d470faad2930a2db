import type { PromptTheme } from '@shared/template';

/** The words a person sees for each prompt theme; the ids stay in the vault and never change. */
const themes: Record<PromptTheme, string> = {
  setbacks: 'Setbacks',
  courage: 'Courage',
  legitimacy: 'Legitimacy',
  'boundaries-landscape': 'Boundaries and the landscape',
  'relationships-betting-on-people': 'Relationships and betting on people',
  'impact-value': 'Impact and value',
  'cost-to-self-care': 'Cost to self and care of self',
  learning: 'Learning',
};

export const prompts = {
  themes,
  card: {
    unfavourited: 'Removed from your favourites.',
    favourited: 'Added to your favourites.',
    hidden: 'Hidden. You can bring it back from the Prompts screen.',
    title: 'Prompt of the day',
    notToday: 'Not today',
    finding: 'Finding today’s prompt…',
    allHidden: 'Every prompt is hidden. Unhide some on the Prompts screen to see one here.',
    insert: 'Insert into entry',
    another: 'Another prompt',
    favourite: 'Favourite',
    hide: 'Hide this prompt',
  },
};
