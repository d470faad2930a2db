import { TEMPLATE_FILE_MAX_BYTES } from '../../core/templates/template-file';
import { applyTemplateToEntry, newEntryFromTemplate } from '../../core/templates/template-entries';
import type { HandlerTable } from '../handler-table';
import type { AppPorts } from '../ports';
import type { VaultSession } from '../vault-session';

type TemplateChannels = Extract<keyof HandlerTable, `templates:${string}` | `prompts:${string}`>;

const fileName = (name: string) =>
  `${name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'template'}.landscape-template.json`;

export function templateHandlers(session: VaultSession, ports: AppPorts): Pick<HandlerTable, TemplateChannels> {
  const library = () => session.templates();
  return {
    'templates:list': () => library().listTemplates(),
    'templates:save': ({ id, template }) =>
      id ? library().updateTemplate(id, template) : library().createTemplate(template),
    'templates:duplicate': ({ id }) => library().duplicateTemplate(id),
    'templates:delete': ({ id }) => library().deleteTemplate(id),
    'templates:export': async ({ id }) => {
      const lib = library();
      const [template, file] = await Promise.all([lib.getTemplate(id), lib.exportTemplate(id)]);
      return { path: await ports.os.saveTextFile(fileName(template.name), file) };
    },
    'templates:import': async () => {
      const lib = library();
      const picked = await ports.os.openTextFile(TEMPLATE_FILE_MAX_BYTES);
      return picked ? lib.importTemplate(picked.bytes) : null;
    },
    'templates:newEntry': async ({ templateId, date }) =>
      newEntryFromTemplate(session.open().entries, await library().getTemplate(templateId), date),
    'templates:apply': async ({ templateId, ...target }) =>
      applyTemplateToEntry(session.open().entries, await library().getTemplate(templateId), target),

    'prompts:list': (options) => library().listPrompts(options),
    'prompts:today': ({ date }) => library().promptOfTheDay(date),
    'prompts:shuffle': ({ currentId }) => library().shufflePrompt(currentId),
    'prompts:add': (input) => library().addPrompt(input),
    'prompts:delete': ({ id }) => library().deletePrompt(id),
    'prompts:mark': async ({ id, favourite, hidden }) => {
      if (favourite !== undefined) await library().setFavourite(id, favourite);
      if (hidden !== undefined) await library().setHidden(id, hidden);
    },
  };
}
