import type { Template } from '@shared/template';

export const GIBBS_REFLECTIVE_CYCLE: Template = {
  id: 'builtin-gibbs-reflective-cycle',
  builtIn: true,
  name: 'Gibbs’ reflective cycle',
  description:
    'Six steps from describing an experience to planning what you would do next time. From Graham Gibbs, ' +
    'Learning by Doing (1988), widely used in nursing, social work and teaching.',
  whenToUse: 'For a single experience you want to think through fully, or for a portfolio.',
  source: 'Gibbs, G. (1988) Learning by Doing: A Guide to Teaching and Learning Methods',
  sections: [
    { heading: 'Description', prompts: ['What happened?', 'Who was there, and what was my part?'] },
    { heading: 'Feelings', prompts: ['What was I thinking and feeling at the time?', 'How do I feel about it now?'] },
    { heading: 'Evaluation', prompts: ['What went well?', 'What didn’t go so well?'] },
    { heading: 'Analysis', prompts: ['Why did it go the way it did?', 'What helps me make sense of it?'] },
    { heading: 'Conclusion', prompts: ['What have I learned?', 'What else could I have done?'] },
    { heading: 'Action plan', prompts: ['If it happened again, what would I do?', 'What will I do before then?'] },
  ],
  suggestedTags: { worlds: [], free: [] },
};
