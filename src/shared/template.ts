import { z } from 'zod';

/** Limits keep a shared template small enough to read at a glance and safe to import. */
export const TEMPLATE_LIMITS = {
  nameLength: 120,
  textLength: 1000,
  sourceLength: 300,
  headingLength: 200,
  promptLength: 500,
  sections: 30,
  promptsPerSection: 20,
  tags: 20,
  tagLength: 80,
} as const;

const L = TEMPLATE_LIMITS;

// Ids name encrypted record files in the vault, so they use the vault's record-name alphabet.
export const TemplateId = z.string().regex(/^[a-z0-9_-]{1,64}$/, 'not a template id');

// Strict objects: a template must never carry anything else, least of all entry text.
export const TemplateSection = z.strictObject({
  heading: z.string().trim().min(1, 'a section needs a heading').max(L.headingLength),
  prompts: z
    .array(z.string().trim().min(1, 'a prompt cannot be empty').max(L.promptLength))
    .max(L.promptsPerSection, `a section can hold at most ${L.promptsPerSection} prompts`),
  hint: z.string().trim().max(L.promptLength).optional(),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

export const SuggestedTags = z.strictObject({
  /** Communities, organisations and sectors, as in an entry's `tags.worlds`. */
  worlds: z.array(z.string().trim().min(1).max(L.tagLength)).max(L.tags),
  free: z.array(z.string().trim().min(1).max(L.tagLength)).max(L.tags),
});
export type SuggestedTags = z.infer<typeof SuggestedTags>;

/** Everything a person can write when making or editing a template. */
export const TemplateInput = z.strictObject({
  name: z.string().trim().min(1, 'a template needs a name').max(L.nameLength),
  description: z.string().trim().max(L.textLength),
  whenToUse: z.string().trim().max(L.textLength),
  /** The reflective model it comes from, with author and year; may be empty for one's own. */
  source: z.string().trim().max(L.sourceLength),
  sections: z
    .array(TemplateSection)
    .min(1, 'a template needs at least one section')
    .max(L.sections, `a template can hold at most ${L.sections} sections`),
  suggestedTags: SuggestedTags,
});
export type TemplateInput = z.infer<typeof TemplateInput>;

export const Template = TemplateInput.extend({
  id: TemplateId,
  builtIn: z.boolean(),
});
export type Template = z.infer<typeof Template>;

export const PROMPT_THEMES = [
  'setbacks',
  'courage',
  'legitimacy',
  'boundaries-landscape',
  'relationships-betting-on-people',
  'impact-value',
  'cost-to-self-care',
  'learning',
] as const;
export const PromptTheme = z.enum(PROMPT_THEMES);
export type PromptTheme = z.infer<typeof PromptTheme>;

export const PromptId = z.string().regex(/^[a-z0-9_-]{1,64}$/, 'not a prompt id');

export const Prompt = z.strictObject({
  id: PromptId,
  theme: PromptTheme,
  text: z.string().trim().min(1, 'a prompt cannot be empty').max(L.promptLength),
  builtIn: z.boolean(),
});
export type Prompt = z.infer<typeof Prompt>;

export const PromptInput = Prompt.pick({ theme: true, text: true });
export type PromptInput = z.infer<typeof PromptInput>;

/** A prompt as the writer sees it in a list. */
export const PromptView = Prompt.extend({ favourite: z.boolean(), hidden: z.boolean() });
export type PromptView = z.infer<typeof PromptView>;

export const TEMPLATE_FILE_FORMAT = 'landscape-template';
export const TEMPLATE_FILE_VERSION = 1;

/**
 * A template shared as a file. It holds the template's structure only: `builtIn` is left
 * out (an import is always one's own) and, being strict, no entry data can ride along.
 */
export const TemplateFile = z.strictObject({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.literal(TEMPLATE_FILE_VERSION),
  // The id only says where the template came from: an import always gets a fresh one.
  template: TemplateInput.extend({ id: z.string().trim().min(1).max(100) }),
});
export type TemplateFile = z.infer<typeof TemplateFile>;

/**
 * Lexical node-state keys (serialized under a node's "$") that mark what a template put into
 * an entry. Each value is the text as inserted, so a marked node whose text the writer has
 * changed counts as their own words. The editor may style marked prompts; exporters use
 * the marks to drop prompts nobody answered.
 */
export const TEMPLATE_MARKS = {
  prompt: 'landscapePrompt',
  heading: 'landscapeHeading',
} as const;
