import type { PromptView, Template } from '@shared/template';

export function template(overrides: Partial<Template> = {}): Template {
  return {
    id: 'builtin-what-so-what-now-what',
    builtIn: true,
    name: 'What? So What? Now What?',
    description: 'Three simple questions: what happened, why it matters, and what to do next.',
    whenToUse: 'After a meeting or event.',
    source: 'Driscoll, J. (1994)',
    sections: [{ heading: 'What?', prompts: ['What happened?'] }],
    suggestedTags: { worlds: [], free: [] },
    ...overrides,
  };
}

export const whatSoWhat = template();
export const gibbs = template({
  id: 'builtin-gibbs',
  name: 'Gibbs’ reflective cycle',
  description: 'Six stages from description to action plan.',
  whenToUse: 'When something went wrong and you want to learn from it.',
  source: 'Gibbs, G. (1988) Learning by Doing',
});
export const supervision = template({
  id: 'own-supervision',
  builtIn: false,
  name: 'Supervision notes',
  description: 'What to bring to supervision.',
  whenToUse: '',
  source: '',
  sections: [
    { heading: 'Bring', prompts: ['What do I want to talk about?', 'What is stuck?'], hint: 'Keep it short.' },
    { heading: 'Take away', prompts: [] },
  ],
  suggestedTags: { worlds: ['NHS trust'], free: ['supervision'] },
});

export function prompt(overrides: Partial<PromptView> & Pick<PromptView, 'id' | 'text'>): PromptView {
  return { theme: 'setbacks', builtIn: true, favourite: false, hidden: false, ...overrides };
}
