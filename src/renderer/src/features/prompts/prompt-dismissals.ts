/** Days whose prompt card the writer put away ("Not today"), for as long as this page lives. */
const dismissed = new Set<string>();

export const dismissPromptFor = (day: string) => void dismissed.add(day);

/**
 * The prompt of the day offers itself only on an empty, plain Today page: never over a template's own
 * prompts, never above words already written, and not again on a day it was put away.
 */
export function offersPrompt(entry: { date: string; templateId: string | null; wordCount: number }, today: string) {
  return entry.date === today && entry.templateId === null && entry.wordCount === 0 && !dismissed.has(entry.date);
}
