import type { Template } from '@shared/template';

export const SETBACK_AND_RECOVERY: Template = {
  id: 'builtin-setback-and-recovery',
  builtIn: true,
  name: 'Setback and recovery',
  description:
    'For the days when you were ignored, dismissed, thwarted or scorned. Walks from what happened to what you will ' +
    'try next, without skipping what it cost you. Drawn from the setbacks described in Wenger-Trayner & ' +
    'Wenger-Trayner, Systems Convening (2021).',
  whenToUse: 'After something knocked you back, once you have a little distance from it.',
  source: 'Wenger-Trayner, E. & Wenger-Trayner, B. (2021) Systems Convening',
  sections: [
    {
      heading: 'What happened',
      prompts: [
        'Was I ignored, dismissed, thwarted or scorned, or was it something else?',
        'Who was involved, and what was said or left unsaid?',
      ],
    },
    {
      heading: 'How I responded',
      prompts: ['What did I do in the moment?', 'What did I do afterwards?'],
    },
    {
      heading: 'What it cost me',
      hint: 'Setbacks are often absorbed without much thought for the cost. Name it here.',
      prompts: ['What did this cost me in energy, confidence or time?', 'What did I have to put aside?'],
    },
    {
      heading: 'What I learned',
      prompts: ['What do I understand now about the people or the system involved?', 'What held, even so?'],
    },
    {
      heading: 'What I’ll try next',
      prompts: ['What is one next step I could take?', 'Who could help me take it?'],
    },
  ],
  suggestedTags: { worlds: [], free: ['setback'] },
};
