import type { Template } from '@shared/template';

export const VALUE_CREATION_STORY: Template = {
  id: 'builtin-value-creation-story',
  builtIn: true,
  name: 'Value-creation story',
  description:
    'Tells the story of how an activity led to a difference made, cycle by cycle, so you can show your ' +
    'contribution where impact is hard to attribute. After Wenger, Trayner & de Laat (2011) and ' +
    'Wenger-Trayner & Wenger-Trayner, Learning to Make a Difference (2020).',
  whenToUse: 'When you need to show the value of relational work: for a report, a funder, or yourself.',
  source:
    'Wenger, E., Trayner, B. & de Laat, M. (2011) Promoting and assessing value creation in communities and networks; ' +
    'Wenger-Trayner, E. & Wenger-Trayner, B. (2020) Learning to Make a Difference',
  sections: [
    {
      heading: 'The activity',
      hint: 'You don’t have to prove cause and effect. Tell the story of your contribution, step by step.',
      prompts: ['What took place, and who took part?'],
    },
    {
      heading: 'Immediate value',
      prompts: ['What was it like to take part?', 'What energy or connection did it create?'],
    },
    {
      heading: 'Potential value',
      prompts: ['What did people gain that they might use later: ideas, contacts, confidence?'],
    },
    {
      heading: 'Applied value',
      prompts: ['What did someone do differently because of it?'],
    },
    {
      heading: 'Realised value',
      prompts: ['What difference did that make to the people affected?', 'How do I know?'],
    },
    {
      heading: 'Reframing (transformative) value',
      prompts: ['Did anyone change how they see success, or what counts?'],
    },
    {
      heading: 'Enabling value',
      prompts: ['What helped or got in the way: time, resources, permission, support?'],
    },
    {
      heading: 'Strategic value',
      prompts: ['How did this reach the people who set direction or hold resources?', 'What did they take from it?'],
    },
    {
      heading: 'Evidence',
      prompts: ['What evidence supports each step?', 'Who could tell this story with me?'],
    },
  ],
  suggestedTags: { worlds: [], free: ['value-creation'] },
};
