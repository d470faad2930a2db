import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppCommand, VaultStatus } from '@shared/contract';
import { EMPTY_CONTENT, type Entry } from '@shared/entry';
import type { Settings } from '@shared/settings';
import { call, onEvent } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { localDay } from '../../dates/calendar-day';
import { MonthCalendar } from '../calendar/MonthCalendar';
import { EntryView } from '../entry-view/EntryView';
import { EntryList } from '../entry-list/EntryList';
import { SettingsPanel } from '../settings/SettingsPanel';
import { PromptLibraryView } from '../prompts/PromptLibraryView';
import { TagsView } from '../tags/TagsView';
import { TemplatePicker } from '../templates/TemplatePicker';
import { TemplatesView } from '../templates/TemplatesView';
import type { Template } from '@shared/template';
import { TrashView } from '../trash/TrashView';
import { UndoToast } from './UndoToast';
import { useAppShortcuts } from './use-app-shortcuts';
import { useJournal } from './use-journal';

type View = 'entry' | 'calendar' | 'templates' | 'prompts' | 'tags' | 'trash' | 'settings';

export function JournalScreen(props: {
  status: VaultStatus;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onLock: () => void;
}) {
  const journal = useJournal();
  const [status, setStatus] = useState(props.status);
  const [view, setView] = useState<View>('entry');
  const [entry, setEntry] = useState<Entry | null>(null);
  const [trashed, setTrashed] = useState<Entry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [month, setMonth] = useState(() => localDay().slice(0, 7));
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [pendingPrompt, setPendingPrompt] = useState<{ text: string; id: number } | null>(null);
  const [templateNames, setTemplateNames] = useState<Record<string, string>>({});

  const loadTemplateNames = useCallback(() => {
    call('templates:list').then(
      (list) => setTemplateNames(Object.fromEntries(list.map((t) => [t.id, t.name]))),
      setError,
    );
  }, []);
  useEffect(loadTemplateNames, [loadTemplateNames]);

  const show = useCallback(async (load: () => Promise<Entry>) => {
    try {
      setError(null);
      const next = await load();
      setEntry(next);
      setView('entry');
      return next;
    } catch (e) {
      setError(e);
      return null;
    }
  }, []);

  const openToday = useCallback(async () => {
    const today = await show(() => call('entries:today', { date: localDay() }));
    if (today) journal.saved(today);
  }, [show, journal]);

  const newEntry = useCallback(async () => {
    const created = await show(() => call('entries:create', { date: localDay(), content: EMPTY_CONTENT }));
    if (created) journal.saved(created);
  }, [show, journal]);

  const open = useCallback((id: string) => void show(() => call('entries:get', { id })), [show]);

  const newFromTemplate = useCallback(
    async (template: Template) => {
      setPicking(false);
      const created = await show(() => call('templates:newEntry', { templateId: template.id, date: localDay() }));
      if (created) journal.saved(created);
      loadTemplateNames();
    },
    [show, journal, loadTemplateNames],
  );

  const insertPrompt = useCallback((text: string) => {
    setPendingPrompt({ text, id: Date.now() });
    setView('entry');
  }, []);

  // Landing on Today happens once, after unlock; it never pulls the person away from a screen they opened meanwhile.
  useEffect(() => {
    call('entries:today', { date: localDay() }).then((today) => {
      setEntry((current) => current ?? today);
      journal.saved(today);
    }, setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const command = useCallback(
    (name: AppCommand) => {
      if (name === 'lock') props.onLock();
      if (name === 'today') void openToday();
      if (name === 'new-entry') void newEntry();
      if (name === 'settings') setView('settings');
    },
    [props, openToday, newEntry],
  );
  useEffect(() => onEvent('app:command', ({ command: name }) => command(name)), [command]);
  useAppShortcuts(command);

  const onSaved = useCallback(
    (saved: Entry, conflict: boolean) => {
      journal.saved(saved);
      if (conflict) {
        setNotice('This entry was changed on another device. Your version was kept as a conflict copy, opened here.');
        setEntry(saved);
      }
    },
    [journal],
  );

  const trash = useCallback(
    async (victim: Entry) => {
      try {
        await call('entries:trash', { id: victim.id });
        setTrashed(victim);
        setEntry(null);
        await journal.reload();
      } catch (e) {
        setError(e);
      }
    },
    [journal],
  );

  const undoTrash = useCallback(async () => {
    if (!trashed) return;
    const id = trashed.id;
    setTrashed(null);
    try {
      await call('entries:restore', { id });
      await journal.reload();
      open(id);
    } catch (e) {
      setError(e);
    }
  }, [trashed, journal, open]);

  const counts = useMemo(() => {
    const byDay: Record<string, number> = {};
    for (const e of journal.entries) byDay[e.date] = (byDay[e.date] ?? 0) + 1;
    return byDay;
  }, [journal.entries]);

  const nav = (target: View, label: string) => (
    <button type="button" aria-current={view === target ? 'page' : undefined} onClick={() => setView(target)}>
      {label}
    </button>
  );

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Journal">
        <p className="brand">Landscape</p>
        <button type="button" onClick={() => void openToday()} title="Today (Ctrl+T)">
          Today
        </button>
        <button type="button" onClick={() => void newEntry()} title="New entry (Ctrl+N)">
          New entry
        </button>
        <button type="button" onClick={() => setPicking(true)}>
          New from template…
        </button>
        {nav('calendar', 'Calendar')}
        {nav('templates', 'Templates')}
        {nav('prompts', 'Prompts')}
        {nav('tags', 'Tags')}
        {nav('trash', 'Trash')}
        {nav('settings', 'Settings')}
        <h2 className="sidebar-heading">Entries</h2>
        <EntryList
          entries={journal.entries}
          selectedId={view === 'entry' ? (entry?.id ?? null) : null}
          onOpen={open}
          templateNames={templateNames}
        />
        {journal.damaged.length > 0 && (
          <p className="notice notice-error" role="status">
            {journal.damaged.length === 1 ? '1 entry file is' : `${journal.damaged.length} entry files are`} damaged and
            could not be opened. Their files are kept as they are.
          </p>
        )}
        <button type="button" className="lock-button" onClick={props.onLock} title="Lock (Ctrl+L)">
          Lock
        </button>
      </nav>
      <main className="main-area">
        <ErrorNotice error={error ?? journal.error} />
        {notice && (
          <p className="notice" role="status">
            {notice}{' '}
            <button type="button" className="link-button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </p>
        )}
        {view === 'entry' && entry && (
          <EntryView
            key={`${entry.id}:${entry.revision}`}
            entry={entry}
            suggestions={journal.suggestions}
            templateName={entry.templateId ? templateNames[entry.templateId] : undefined}
            pendingPrompt={pendingPrompt}
            onPromptInserted={() => setPendingPrompt(null)}
            onSaved={onSaved}
            onTrash={trash}
            onReplaced={(restored) => {
              setEntry(restored);
              journal.saved(restored);
            }}
          />
        )}
        {view === 'entry' && !entry && (
          <section className="empty-state">
            <h1>Nothing open</h1>
            <p>
              <button type="button" className="primary" onClick={() => void openToday()}>
                Write today’s reflection
              </button>
            </p>
          </section>
        )}
        {view === 'calendar' && (
          <section aria-labelledby="calendar-title">
            <h1 id="calendar-title">Calendar</h1>
            <MonthCalendar
              month={month}
              onMonthChange={setMonth}
              selectedDate={pickedDate}
              entryCounts={counts}
              today={localDay()}
              onPickDate={setPickedDate}
            />
            {pickedDate && (
              <EntryList
                entries={journal.entries.filter((e) => e.date === pickedDate)}
                selectedId={null}
                onOpen={open}
                templateNames={templateNames}
              />
            )}
          </section>
        )}
        {view === 'templates' && <TemplatesView onUse={(t) => void newFromTemplate(t)} />}
        {view === 'prompts' && <PromptLibraryView onInsert={insertPrompt} canInsert={entry !== null} />}
        {view === 'tags' && <TagsView onChanged={() => void journal.reload()} />}
        {view === 'trash' && <TrashView onRestored={() => void journal.reload()} />}
        {view === 'settings' && (
          <SettingsPanel settings={props.settings} status={status} onSettings={props.onSettings} onStatus={setStatus} />
        )}
      </main>
      <TemplatePicker
        open={picking}
        title="New entry from a template"
        onPick={(t) => void newFromTemplate(t)}
        onClose={() => setPicking(false)}
      />
      {trashed && <UndoToast message="Moved to trash." onUndo={undoTrash} onDismiss={() => setTrashed(null)} />}
    </div>
  );
}
