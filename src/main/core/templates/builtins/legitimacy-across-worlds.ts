import type { Template } from '@shared/template';

export const LEGITIMACY_ACROSS_WORLDS: Template = {
  id: 'builtin-legitimacy-across-worlds',
  builtIn: true,
  name: 'Legitimacy across worlds',
  description:
    'Conveners need enough legitimacy in several worlds at once to bring them into one conversation. This traces ' +
    'where yours held, where it was questioned, and whose voice you carried. After Wenger-Trayner & ' +
    'Wenger-Trayner, Systems Convening (2021).',
  whenToUse: 'After a day spent moving between organisations, sectors or communities.',
  source: 'Wenger-Trayner, E. & Wenger-Trayner, B. (2021) Systems Convening',
  sections: [
    {
      heading: 'The worlds I stood in today',
      hint: 'Tag each world so you can follow it over time.',
      prompts: ['Which worlds did I move between today?'],
    },
    {
      heading: 'Where my legitimacy held or was questioned',
      prompts: ['Where was I trusted to be there?', 'Where was my place questioned, and by whom?'],
    },
    {
      heading: 'How I earned or borrowed it',
      prompts: ['What did I do to earn standing here?', 'Whose name or trust did I lean on?'],
    },
    {
      heading: 'Whose voice I carried between them',
      prompts: ['Whose voice did I bring into a room they weren’t in?', 'Did I carry it faithfully?'],
    },
  ],
  suggestedTags: { worlds: [], free: ['legitimacy'] },
};
