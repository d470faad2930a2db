import type { Template } from '@shared/template';

export const COURAGE: Template = {
  id: 'builtin-courage',
  builtIn: true,
  name: 'Courage',
  description:
    'Notices the quiet courage in convening: betting on people and living with uncertainty. Takes its lead from ' +
    '“a kind of unspoken courage” in Wenger-Trayner & Wenger-Trayner, Systems Convening (2021).',
  whenToUse: 'When you took a risk on someone or something, whether or not it paid off.',
  source: 'Wenger-Trayner, E. & Wenger-Trayner, B. (2021) Systems Convening',
  sections: [
    {
      heading: 'Where I bet on people or faced uncertainty',
      prompts: ['Who or what did I take a chance on?', 'What did I not know when I went ahead?'],
    },
    {
      heading: 'What was at stake',
      prompts: ['What could have been lost, and for whom?', 'What was I hoping for?'],
    },
    {
      heading: 'The cost to me',
      prompts: ['What did it take out of me?', 'What did I risk personally?'],
    },
    {
      heading: 'What it made possible',
      prompts: ['What opened up because I went ahead?', 'What might it still make possible?'],
    },
  ],
  suggestedTags: { worlds: [], free: ['courage'] },
};
