import type { Template } from '@shared/template';

export const WHAT_SO_WHAT_NOW_WHAT: Template = {
  id: 'builtin-what-so-what-now-what',
  builtIn: true,
  name: 'What? So What? Now What?',
  description:
    'Three simple questions: what happened, why it matters, and what to do next. From Driscoll’s model of ' +
    'reflection (1994, after Borton 1970) and Rolfe, Freshwater & Jasper (2001); also the Liberating Structure of ' +
    'the same name (Lipmanowicz & McCandless, 2013).',
  whenToUse: 'After a meeting or event, on your own or to prepare for reflecting with others.',
  source:
    'Driscoll, J. (1994) after Borton (1970); Rolfe, Freshwater & Jasper (2001); Liberating Structures (Lipmanowicz & McCandless, 2013)',
  sections: [
    {
      heading: 'What?',
      hint: 'Stay with the facts first: what you saw, heard and did.',
      prompts: ['What happened?', 'What did I notice?'],
    },
    {
      heading: 'So what?',
      prompts: ['Why does it matter?', 'What patterns or surprises do I see?'],
    },
    {
      heading: 'Now what?',
      prompts: ['What will I do next?', 'What do I want to find out?'],
    },
  ],
  suggestedTags: { worlds: [], free: [] },
};
