import type { Template } from '@shared/template';

/** Whether every word of the query appears somewhere a person would read when choosing a template. */
export function matchesTemplate(template: Template, query: string): boolean {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [template.name, template.description, template.whenToUse, template.source]
    .join('\n')
    .toLocaleLowerCase('en-GB');
  return words.every((word) => haystack.includes(word));
}

/** Built-ins first, in their set order, then the writer's own in the order given. */
export function builtInsFirst(templates: readonly Template[]): Template[] {
  return [...templates.filter((t) => t.builtIn), ...templates.filter((t) => !t.builtIn)];
}
