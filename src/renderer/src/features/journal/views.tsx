import type { ReactNode } from 'react';
import type { AppCommand, TagKind, VaultStatus } from '@shared/contract';
import type { Entry } from '@shared/entry';
import type { SearchFilters } from '@shared/search';
import type { Settings } from '@shared/settings';
import type { Template } from '@shared/template';
import { BackupScreen } from '../backup/BackupScreen';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { InsightsView } from '../insights/InsightsView';
import { SearchView } from '../search/SearchView';
import { ExportScreen } from '../export/ExportScreen';
import { PromptLibraryView } from '../prompts/PromptLibraryView';
import { SettingsPanel } from '../settings/SettingsPanel';
import { weekStart } from '../../dates/week-start';
import { ShortcutsScreen } from '../shortcuts/ShortcutsScreen';
import { TagsView } from '../tags/TagsView';
import { TemplatesView } from '../templates/TemplatesView';
import { TrashView } from '../trash/TrashView';
import type { Journal } from './use-journal';
import { t } from '../../i18n';

/** What every screen may use: the shared journal store, the open entry, and the few actions that leave a screen. */
export interface ViewContext {
  journal: Journal;
  /** The entry open in the editor, if any. */
  entry: Entry | null;
  templateNames: Record<string, string>;
  /** Open an entry in the editor (leaves this screen). */
  open: (id: string) => void;
  /** Put a prompt into the open entry (leaves this screen). */
  insertPrompt: (text: string) => void;
  newFromTemplate: (template: Template) => void;
  settings: Settings;
  status: VaultStatus;
  onSettings: (settings: Settings) => void;
  onStatus: (status: VaultStatus) => void;
  /** The search screen's words and filters, kept while moving between screens. */
  search: { text: string; filters: SearchFilters; focusKey: number };
  onSearch: (search: { text?: string; filters?: SearchFilters }) => void;
  /** Open an entry at the first match of a search, marked. */
  openAt: (id: string, match: string | null) => void;
  /** Back to the screen (or entry) shown before this one. */
  back: () => void;
  startReview: (kind: 'week' | 'month') => Promise<void>;
  /** A world, person or tag chip was clicked: search by it. */
  filterBy: (kind: TagKind, name: string) => void;
  /** Entries the Export screen starts with ("export this entry"); null starts with all. */
  exportIds: string[] | null;
}

/** A screen's id is also its name's key in the catalogue (`journal.views.<id>`). */
export interface ViewDef {
  /** A menu item or shortcut (`AppCommand`) that opens this screen. */
  command?: AppCommand;
  render: (ctx: ViewContext) => ReactNode;
}

/**
 * Every screen besides the entry editor, in sidebar order. Adding a screen is adding one row here.
 * The editor ('entry') is the home view, drawn by JournalScreen itself.
 */
export const VIEWS = {
  search: {
    command: 'search',
    render: (ctx) => (
      <SearchView
        text={ctx.search.text}
        filters={ctx.search.filters}
        focusKey={ctx.search.focusKey}
        onText={(text) => ctx.onSearch({ text })}
        onFilters={(filters) => ctx.onSearch({ filters })}
        templateNames={ctx.templateNames}
        onOpen={ctx.openAt}
        onBack={ctx.back}
      />
    ),
  },
  insights: {
    command: 'insights',
    render: (ctx) => <InsightsView entries={ctx.journal.entries} onOpen={ctx.open} onReview={ctx.startReview} />,
  },
  calendar: {
    render: (ctx) => (
      <CalendarScreen
        entries={ctx.journal.entries}
        templateNames={ctx.templateNames}
        onOpen={ctx.open}
        firstDay={weekStart(ctx.settings)}
      />
    ),
  },
  templates: { render: (ctx) => <TemplatesView onUse={ctx.newFromTemplate} /> },
  prompts: {
    render: (ctx) => <PromptLibraryView onInsert={ctx.insertPrompt} canInsert={ctx.entry !== null} />,
  },
  people: {
    command: 'people',
    render: (ctx) => (
      <TagsView
        kinds={['people']}
        title={t('journal.views.people')}
        index={ctx.journal.tags}
        loaded={ctx.journal.loaded}
        onRenamed={ctx.journal.tagRenamed}
        onFilter={ctx.filterBy}
      />
    ),
  },
  tags: {
    render: (ctx) => (
      <TagsView
        index={ctx.journal.tags}
        loaded={ctx.journal.loaded}
        onRenamed={ctx.journal.tagRenamed}
        onFilter={ctx.filterBy}
      />
    ),
  },
  trash: {
    render: (ctx) => (
      <TrashView
        entries={ctx.journal.trashed}
        loaded={ctx.journal.loaded}
        onRestored={ctx.journal.changed}
        onPurged={ctx.journal.wasPurged}
        templateNames={ctx.templateNames}
      />
    ),
  },
  export: {
    command: 'export',
    render: (ctx) => (
      <ExportScreen
        key={ctx.exportIds?.join() ?? 'all'}
        entries={ctx.journal.entries}
        templateNames={ctx.templateNames}
        initialIds={ctx.exportIds}
        last={ctx.settings.lastExport}
      />
    ),
  },
  backup: {
    render: (ctx) => <BackupScreen onChanged={() => void ctx.journal.reload()} onStatus={ctx.onStatus} />,
  },
  settings: {
    command: 'settings',
    render: (ctx) => (
      <SettingsPanel settings={ctx.settings} status={ctx.status} onSettings={ctx.onSettings} onStatus={ctx.onStatus} />
    ),
  },
  shortcuts: { command: 'shortcuts', render: () => <ShortcutsScreen /> },
} satisfies Record<string, ViewDef>;

export type ViewId = 'entry' | keyof typeof VIEWS;

/** The screen a menu command or shortcut opens, if it opens one. */
export function viewForCommand(command: AppCommand): ViewId | null {
  for (const [id, view] of Object.entries(VIEWS) as [keyof typeof VIEWS, ViewDef][])
    if (view.command === command) return id;
  return null;
}
