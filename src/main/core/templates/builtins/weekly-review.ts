import type { Template } from '@shared/template';

export const WEEKLY_REVIEW: Template = {
  id: 'builtin-weekly-review',
  builtIn: true,
  name: 'Weekly review',
  description:
    'A look back over the week that starts with the work no one saw. Convening is often unrecognised, even by ' +
    'those doing it (Wenger-Trayner & Wenger-Trayner, Systems Convening, 2021); after Schön’s ' +
    'reflection-on-action (1983).',
  whenToUse: 'At the end of the week, or at the start of the next one.',
  source:
    'Wenger-Trayner, E. & Wenger-Trayner, B. (2021) Systems Convening; Schön, D. A. (1983) The Reflective Practitioner',
  sections: [
    {
      heading: 'The work no one saw',
      prompts: ['What did I do this week that no one saw?', 'Who should know about it?'],
    },
    {
      heading: 'What moved',
      prompts: ['What moved forward this week?', 'What am I glad about?'],
    },
    {
      heading: 'What stuck',
      prompts: ['What didn’t move, and why might that be?'],
    },
    {
      heading: 'People',
      prompts: ['Who is on my mind?', 'Who do I need to get back to?'],
    },
    {
      heading: 'Next week',
      prompts: ['What matters most next week?', 'What will I let go of?'],
    },
  ],
  suggestedTags: { worlds: [], free: ['weekly'] },
};
