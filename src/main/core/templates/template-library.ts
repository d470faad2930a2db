import { randomUUID } from 'node:crypto';
import { AppError } from '@shared/errors';
import {
  Prompt,
  PromptInput,
  type PromptTheme,
  type PromptView,
  Template,
  TemplateInput,
  TEMPLATE_LIMITS,
} from '@shared/template';
import type { RecordStore } from '../record-store';
import { BUILT_IN_TEMPLATES } from './builtins';
import { dayNumber } from './day-number';
import { NO_REPEAT_DAYS, pickPromptOfTheDay, type ShownPrompt, shufflePrompt } from './prompt-of-the-day';
import { BUILT_IN_PROMPTS } from './prompts';
import { decodeTemplateFile, encodeTemplateFile } from './template-file';

/** Record kinds this service keeps in the vault. */
export const TEMPLATE_RECORD_KINDS = {
  template: 'template',
  prompt: 'prompt',
  /** One record per prompt the writer has favourited or hidden, keyed by prompt id. */
  promptPreference: 'prompt-preference',
  /** A single record: which prompt was shown as prompt of the day, for the last few weeks. */
  promptOfTheDayLog: 'prompt-of-the-day',
} as const;

const K = TEMPLATE_RECORD_KINDS;
const LOG_ID = 'log';

interface PromptPreference {
  favourite: boolean;
  hidden: boolean;
}

export interface TemplateLibraryOptions {
  newId?: () => string;
}

export interface ListPromptsOptions {
  theme?: PromptTheme;
  /** Include hidden prompts (to let the writer unhide them). */
  includeHidden?: boolean;
}

/**
 * Templates and prompts: the built-ins, plus the writer's own kept in the vault. Built-ins are
 * never stored, so a new version of the app can improve them; the writer's favourites and
 * hidden prompts refer to them by id.
 */
export class TemplateLibrary {
  private readonly newId: () => string;
  // Read-modify-write of the shared log record runs one at a time.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: RecordStore,
    options: TemplateLibraryOptions = {},
  ) {
    this.newId = options.newId ?? (() => randomUUID());
  }

  // Templates

  /** Built-ins in their set order, then the writer's own by name. */
  async listTemplates(): Promise<Template[]> {
    const own = await this.ownTemplates();
    own.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    return [...BUILT_IN_TEMPLATES, ...own];
  }

  async getTemplate(id: string): Promise<Template> {
    const builtIn = BUILT_IN_TEMPLATES.find((template) => template.id === id);
    if (builtIn !== undefined) return builtIn;
    const stored = await this.store.get(K.template, id);
    if (stored === undefined) throw new AppError('TEMPLATE_NOT_FOUND', 'That template no longer exists.');
    const parsed = Template.safeParse(stored);
    if (!parsed.success) throw new AppError('TEMPLATE_INVALID', 'That template is damaged and can’t be opened.');
    return parsed.data;
  }

  async createTemplate(input: TemplateInput): Promise<Template> {
    const template: Template = { ...parseTemplateInput(input), id: this.newId(), builtIn: false };
    await this.store.put(K.template, template.id, template);
    return template;
  }

  async updateTemplate(id: string, input: TemplateInput): Promise<Template> {
    const current = await this.getTemplate(id);
    if (current.builtIn) {
      throw new AppError(
        'INVALID_INPUT',
        'Built-in templates can’t be changed. Duplicate it to make your own version.',
      );
    }
    const template: Template = { ...parseTemplateInput(input), id, builtIn: false };
    await this.store.put(K.template, id, template);
    return template;
  }

  /** Any template, built-in or own, copied as the writer's own "Name (copy)". */
  async duplicateTemplate(id: string): Promise<Template> {
    const { id: _id, builtIn: _builtIn, ...original } = await this.getTemplate(id);
    const names = new Set((await this.listTemplates()).map((template) => template.name));
    return this.createTemplate({ ...original, name: copyName(original.name, names) });
  }

  async deleteTemplate(id: string): Promise<void> {
    const current = await this.getTemplate(id);
    if (current.builtIn) throw new AppError('INVALID_INPUT', 'Built-in templates can’t be deleted.');
    await this.store.delete(K.template, id);
  }

  async exportTemplate(id: string): Promise<string> {
    return encodeTemplateFile(await this.getTemplate(id));
  }

  /** Saves an imported template as the writer's own, under a fresh id. */
  async importTemplate(file: string | Uint8Array): Promise<Template> {
    const template = decodeTemplateFile(file, this.newId);
    await this.store.put(K.template, template.id, template);
    return template;
  }

  // Prompts

  async listPrompts(options: ListPromptsOptions = {}): Promise<PromptView[]> {
    const [prompts, preferences] = await Promise.all([this.allPrompts(), this.preferences()]);
    return prompts
      .map((prompt) => ({ ...prompt, ...(preferences.get(prompt.id) ?? { favourite: false, hidden: false }) }))
      .filter((prompt) => options.includeHidden === true || !prompt.hidden)
      .filter((prompt) => options.theme === undefined || prompt.theme === options.theme);
  }

  async addPrompt(input: PromptInput): Promise<Prompt> {
    const parsed = PromptInput.safeParse(input);
    if (!parsed.success)
      throw new AppError('INVALID_INPUT', 'A prompt needs a theme and some words (up to 500 characters).');
    const prompt: Prompt = { ...parsed.data, id: `own-${this.newId()}`, builtIn: false };
    await this.store.put(K.prompt, prompt.id, prompt);
    return prompt;
  }

  async deletePrompt(id: string): Promise<void> {
    const prompt = await this.findPrompt(id);
    if (prompt.builtIn)
      throw new AppError('INVALID_INPUT', 'Built-in prompts can’t be deleted, but you can hide them.');
    await this.store.delete(K.prompt, id);
    await this.store.delete(K.promptPreference, id);
  }

  async setFavourite(id: string, favourite: boolean): Promise<void> {
    await this.setPreference(id, { favourite });
  }

  async setHidden(id: string, hidden: boolean): Promise<void> {
    await this.setPreference(id, { hidden });
  }

  /**
   * The prompt of the day among visible prompts (see prompt-of-the-day.ts). The choice is
   * remembered for a few weeks, so a day keeps its prompt and nothing shown repeats within
   * 30 days even when the writer hides or adds prompts. Null when every prompt is hidden.
   */
  async promptOfTheDay(date: string): Promise<PromptView | null> {
    const day = dayNumber(date);
    return this.serially(async () => {
      const visible = await this.listPrompts();
      const log = await this.shownLog();
      const remembered = log.find((entry) => entry.date === date);
      const kept = visible.find((prompt) => prompt.id === remembered?.promptId);
      if (kept !== undefined) return kept;
      const pick = pickPromptOfTheDay(date, visible, [], log);
      if (pick === null) return null;
      const recent = log.filter(
        (entry) => entry.date !== date && Math.abs(dayNumber(entry.date) - day) < NO_REPEAT_DAYS,
      );
      await this.store.put(K.promptOfTheDayLog, LOG_ID, { shown: [...recent, { date, promptId: pick.id }] });
      return pick;
    });
  }

  /** A different visible prompt at random, for "show me another". */
  async shufflePrompt(currentId: string | null, random: () => number = Math.random): Promise<PromptView | null> {
    return shufflePrompt(currentId, await this.listPrompts(), random);
  }

  // Storage

  private async ownTemplates(): Promise<Template[]> {
    const records = await this.store.list(K.template);
    // A damaged record is left in the vault untouched but kept out of the list.
    return records.flatMap(({ value }) => {
      const parsed = Template.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  }

  private async allPrompts(): Promise<Prompt[]> {
    const records = await this.store.list(K.prompt);
    const own = records.flatMap(({ value }) => {
      const parsed = Prompt.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
    return [...BUILT_IN_PROMPTS, ...own];
  }

  private async findPrompt(id: string): Promise<Prompt> {
    const prompt = (await this.allPrompts()).find((candidate) => candidate.id === id);
    if (prompt === undefined) throw new AppError('INVALID_INPUT', 'That prompt no longer exists.');
    return prompt;
  }

  private async preferences(): Promise<Map<string, PromptPreference>> {
    const records = await this.store.list(K.promptPreference);
    return new Map(records.map(({ id, value }) => [id, readPreference(value)]));
  }

  private async setPreference(id: string, change: Partial<PromptPreference>): Promise<void> {
    await this.findPrompt(id);
    const next = { ...readPreference(await this.store.get(K.promptPreference, id)), ...change };
    if (!next.favourite && !next.hidden) await this.store.delete(K.promptPreference, id);
    else await this.store.put(K.promptPreference, id, next);
  }

  private async shownLog(): Promise<ShownPrompt[]> {
    const value = await this.store.get(K.promptOfTheDayLog, LOG_ID);
    const shown = (value as { shown?: unknown } | undefined)?.shown;
    if (!Array.isArray(shown)) return [];
    return shown.filter(
      (entry): entry is ShownPrompt =>
        typeof entry?.date === 'string' && isDay(entry.date) && typeof entry.promptId === 'string',
    );
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function parseTemplateInput(input: TemplateInput): TemplateInput {
  const parsed = TemplateInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length === 0 ? 'the template' : issue.path.join(' › ');
  throw new AppError('TEMPLATE_INVALID', `This template can’t be saved: ${where}: ${issue.message}.`);
}

function isDay(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

function readPreference(value: unknown): PromptPreference {
  const record = (value ?? {}) as Partial<Record<keyof PromptPreference, unknown>>;
  return { favourite: record.favourite === true, hidden: record.hidden === true };
}

function copyName(name: string, taken: Set<string>): string {
  // Leave room for the suffix within the name limit.
  const stem = name.slice(0, TEMPLATE_LIMITS.nameLength - ' (copy 999)'.length);
  if (!taken.has(`${stem} (copy)`)) return `${stem} (copy)`;
  let n = 2;
  while (taken.has(`${stem} (copy ${n})`)) n++;
  return `${stem} (copy ${n})`;
}
