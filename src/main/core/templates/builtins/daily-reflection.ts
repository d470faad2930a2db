import type { Template } from '@shared/template';

export const DAILY_REFLECTION: Template = {
  id: 'builtin-daily-reflection',
  builtIn: true,
  name: 'Daily reflection',
  description:
    'A three-minute look back at the day: what stood out, how it felt, and one thing to carry into tomorrow. ' +
    'After Donald Schön’s reflection-on-action (The Reflective Practitioner, 1983).',
  whenToUse: 'At the end of a working day, when you have a few minutes and not much energy.',
  source: 'Schön, D. A. (1983) The Reflective Practitioner: reflection-on-action',
  sections: [
    {
      heading: 'What stood out',
      hint: 'A few lines is plenty. This takes about three minutes.',
      prompts: ['What stood out today?'],
    },
    { heading: 'How it felt', prompts: ['How do I feel about it now?'] },
    { heading: 'For tomorrow', prompts: ['What one thing do I want to carry into tomorrow?'] },
  ],
  suggestedTags: { worlds: [], free: ['daily'] },
};
