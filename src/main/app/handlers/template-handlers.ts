import type { EntryDraft } from '@shared/entry';
import type { LexicalJson } from '@shared/entry';
import { applyTemplate } from '../../core/templates/apply-template';
import { TEMPLATE_FILE_MAX_BYTES } from '../../core/templates/template-file';
import { templateToLexical } from '../../core/templates/template-to-lexical';
import type { HandlerTable } from '../handler-table';
import type { AppPorts } from '../ports';
import type { VaultSession } from '../vault-session';
import type { EntryHandlers } from './entry-handlers';

type TemplateChannels = Extract<keyof HandlerTable, `templates:${string}` | `prompts:${string}`>;

const fileName = (name: string) =>
  `${name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'template'}.landscape-template.json`;

export function templateHandlers(
  session: VaultSession,
  ports: AppPorts,
  entries: EntryHandlers,
): Pick<HandlerTable, TemplateChannels> {
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
    'templates:newEntry': async ({ templateId, date }) => {
      const template = await library().getTemplate(templateId);
      const draft: EntryDraft = {
        date,
        templateId: template.id,
        tags: { worlds: template.suggestedTags.worlds, people: [], free: template.suggestedTags.free },
        content: templateToLexical(template) as unknown as LexicalJson,
      };
      return entries['entries:create'](draft as Parameters<EntryHandlers['entries:create']>[0]);
    },
    'templates:apply': async ({ id, baseRevision, templateId, append }) => {
      const [entry, template] = await Promise.all([session.open().getEntry(id), library().getTemplate(templateId)]);
      const result = applyTemplate(entry.content, template, { confirmedAppend: append });
      if (result.kind === 'needs-confirmation') return result;
      const { entry: saved } = await entries['entries:update']({
        id,
        baseRevision,
        patch: { content: result.content as unknown as LexicalJson, templateId: template.id },
      });
      return { kind: 'applied', entry: saved };
    },

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
