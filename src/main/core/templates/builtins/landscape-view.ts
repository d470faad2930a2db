import type { Template } from '@shared/template';

export const LANDSCAPE_VIEW: Template = {
  id: 'builtin-landscape-view',
  builtIn: true,
  name: 'Landscape view',
  description:
    'Steps back to see the whole landscape: the boundaries in play, the practices on each side, who is missing, ' +
    'and where a new learning space could open. After Wenger-Trayner et al., Learning in Landscapes of Practice ' +
    '(2015), and Systems Convening (2021).',
  whenToUse: 'When you are planning who to bring together, or feel stuck inside one part of the system.',
  source:
    'Wenger-Trayner, E. et al. (2015) Learning in Landscapes of Practice; Wenger-Trayner, E. & B. (2021) Systems Convening',
  sections: [
    {
      heading: 'The boundaries in play',
      prompts: ['Which boundaries matter here: between services, disciplines, sectors or communities?'],
    },
    {
      heading: 'The practices on each side',
      prompts: ['What does each side care about and know well?', 'Where do they use the same words differently?'],
    },
    {
      heading: 'Who is missing from the conversation',
      prompts: ['Whose experience is not in the room?', 'What would it take for them to join?'],
    },
    {
      heading: 'Where a new learning space could open',
      prompts: ['Where could a new conversation start?', 'Who would I invite first?'],
    },
  ],
  suggestedTags: { worlds: [], free: ['landscape'] },
};
