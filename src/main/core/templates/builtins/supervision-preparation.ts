import type { Template } from '@shared/template';

export const SUPERVISION_PREPARATION: Template = {
  id: 'builtin-supervision-preparation',
  builtIn: true,
  name: 'Supervision preparation',
  description:
    'Gets you ready for professional supervision or coaching: what to bring, where you are stuck, and what you ' +
    'need. Its last section follows the three functions of supervision in Proctor’s model (1986): ' +
    'restorative, formative and normative.',
  whenToUse: 'A day or two before supervision, so the time goes on what matters most.',
  source: 'Proctor, B. (1986) Supervision: a co-operative exercise in accountability',
  sections: [
    {
      heading: 'What I want to bring',
      prompts: ['What has been on my mind since last time?', 'Which situation do I most want to talk through?'],
    },
    {
      heading: 'What I am stuck on',
      prompts: ['Where do I feel stuck, and what have I tried?', 'What am I avoiding?'],
    },
    {
      heading: 'What I need',
      hint: 'Support for myself, help to learn, or a check on standards and boundaries.',
      prompts: ['What do I need from this session?', 'How will I know it has helped?'],
    },
  ],
  suggestedTags: { worlds: [], free: ['supervision'] },
};
