import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppCommand, VaultStatus } from '@shared/contract';
import { EMPTY_CONTENT, type Entry } from '@shared/entry';
import type { Settings } from '@shared/settings';
import { call, onEvent } from '../../bridge';
import { announce } from '../../announce/announcer';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { localDay } from '../../dates/calendar-day';
import { EntryView } from '../entry-view/EntryView';
import { TemplatePicker } from '../templates/TemplatePicker';
import type { Template } from '@shared/template';
import { SetbacksNotice } from './SetbacksNotice';
import { useDaySteps } from './use-day-steps';
import { OnThisDay } from '../insights/OnThisDay';
import { UndoToast } from './UndoToast';
import { focusHeading, useHeadingFocus } from './use-heading-focus';
import { useAppShortcuts } from './use-app-shortcuts';
import { useJournal } from './use-journal';
import { useLeaveUnwritten } from './use-leave-unwritten';
import { useSearchState } from './use-search-state';
import { useTodayPage } from './use-today-page';
import { useTrash } from './use-trash';
import { useView } from './use-view';
import { TemplatesContext } from '../../state/templates-cache';
import { useTemplateNames } from './use-template-names';
import { Sidebar } from './Sidebar';
import { VIEWS, viewForCommand, type ViewContext } from './views';
import { t } from '../../i18n';

/** The View menu's theme commands. */
const THEMES = { 'theme-system': 'system', 'theme-light': 'light', 'theme-dark': 'dark' } as const;

export function JournalScreen(props: {
  status: VaultStatus;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onLock: () => void;
  /** Offer the first entry from a template (after the first-run introduction), once. */
  firstEntry?: boolean;
  onFirstEntryDone?: () => void;
}) {
  const journal = useJournal();
  const { saved } = journal;
  const [status, setStatus] = useState(props.status);
  const { view, setView, previous, go, startMove } = useView();
  const [entry, setEntry] = useState<Entry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // After the first-run introduction, the first entry is offered from a template.
  const [picking, setPickingState] = useState(props.firstEntry ?? false);
  const { onFirstEntryDone } = props;
  const setPicking = useCallback(
    (open: boolean) => {
      setPickingState(open);
      if (!open) onFirstEntryDone?.();
    },
    [onFirstEntryDone],
  );
  const [pendingPrompt, setPendingPrompt] = useState<{ text: string; id: number } | null>(null);
  /** The words of a search match to mark in the entry just opened from the results. */
  const [highlight, setHighlight] = useState<{ id: string; text: string } | null>(null);
  const { search, setSearch, openSearch, filterBy } = useSearchState(view, go);
  const mainRef = useRef<HTMLElement>(null);
  useHeadingFocus(view, mainRef, view === 'entry');
  const [exportIds, setExportIds] = useState<string[] | null>(null);
  const exportEntries = useCallback(
    (ids: string[] | null) => {
      setExportIds(ids);
      go('export');
    },
    [go],
  );

  const { templates, templateNames } = useTemplateNames(setError);

  /** The entry whose editor does not take focus when shown: one opened in place of a trashed entry. */
  const [quietId, setQuietId] = useState<string | null>(null);
  const show = useCallback(
    async (load: () => Promise<Entry>, quiet = false) => {
      const newest = startMove();
      try {
        setError(null);
        const next = await load();
        if (!newest()) return next;
        setQuietId(quiet ? next.id : null);
        setEntry(next);
        setView('entry');
        return next;
      } catch (e) {
        setError(e);
        return null;
      }
    },
    [startMove, setView],
  );

  const { fetchToday, isTodayPage } = useTodayPage(saved);

  const openToday = useCallback(() => show(fetchToday), [show, fetchToday]);

  const newEntry = useCallback(async () => {
    const created = await show(() => call('entries:create', { date: localDay(), content: EMPTY_CONTENT }));
    if (created) saved(created);
  }, [show, saved]);

  const open = useCallback((id: string) => void show(() => call('entries:get', { id })), [show]);

  const openAt = useCallback(
    (id: string, match: string | null) => {
      setHighlight(match ? { id, text: match } : null);
      open(id);
    },
    [open],
  );

  const startReview = useCallback(
    async (kind: 'week' | 'month') => {
      const review = await show(() => call('reviews:start', { kind, today: localDay() }));
      if (review) saved(review);
    },
    [show, saved],
  );

  const newFromTemplate = useCallback(
    async (template: Template) => {
      setPicking(false);
      const created = await show(() => call('templates:newEntry', { templateId: template.id, date: localDay() }));
      if (created) saved(created);
    },
    [show, saved, setPicking],
  );

  const insertPrompt = useCallback(
    (text: string) => {
      setPendingPrompt({ text, id: Date.now() });
      setView('entry');
    },
    [setView],
  );

  // Focus lands in today's entry; the change of screen is said through the live region.
  useEffect(() => announce(t('journal.open')), []);

  // With nothing open (after unlock, or once the open entry was removed) the editor lands on Today; landing
  // never pulls the person away from a screen they opened meanwhile.
  useEffect(() => {
    if (view !== 'entry' || entry) return;
    fetchToday().then((today) => setEntry((current) => current ?? today), setError);
  }, [view, entry, fetchToday]);

  useLeaveUnwritten(view === 'entry' ? (entry?.id ?? null) : null, isTodayPage, (id) => {
    const gone = journal.store.get(id);
    if (gone) journal.wasPurged(gone);
    setEntry((current) => (current?.id === id ? null : current));
  });

  const linkTargets = useMemo(
    () => ({ live: journal.entries, trashed: journal.trashed, loaded: journal.loaded, self: entry?.id }),
    [journal.entries, journal.trashed, journal.loaded, entry?.id],
  );
  const { days, openDay } = useDaySteps(journal.entries, entry, openToday, open);

  const command = useCallback(
    (name: AppCommand) => {
      if (name === 'lock') props.onLock();
      if (name === 'today') void openToday();
      if (view === 'entry' && (name === 'previous-day' || name === 'next-day')) {
        const day = name === 'previous-day' ? days.previous : days.next;
        if (day) openDay(day);
      }
      if (name === 'new-entry') void newEntry();
      if (name === 'search' || name === 'find') return openSearch();
      if (name === 'new-from-template') setPicking(true);
      if (name === 'theme-system' || name === 'theme-light' || name === 'theme-dark') {
        call('settings:set', { theme: THEMES[name] }).then(props.onSettings, setError);
      }
      if (name === 'export') setExportIds(null);
      const target = viewForCommand(name);
      if (target) go(target);
    },
    [props, openToday, newEntry, openSearch, go, setPicking, view, days, openDay],
  );
  useEffect(() => onEvent('app:command', ({ command: name }) => command(name)), [command]);
  useAppShortcuts(command);

  const onSaved = useCallback(
    (next: Entry, conflict: boolean) => {
      saved(next);
      if (conflict) {
        setNotice(t('journal.conflict'));
        setEntry(next);
      }
    },
    [saved],
  );

  const { trashed, trash, undo: undoTrash, dismiss: dismissToast } = useTrash(journal, show, fetchToday, setError);

  const context: ViewContext = {
    journal,
    entry,
    templateNames,
    open,
    insertPrompt,
    newFromTemplate: (template) => void newFromTemplate(template),
    settings: props.settings,
    status,
    onSettings: props.onSettings,
    onStatus: setStatus,
    search,
    onSearch: (next) => setSearch((s) => ({ ...s, ...next })),
    openAt,
    back: () => go(previous),
    startReview,
    filterBy,
    exportIds,
  };

  return (
    <TemplatesContext.Provider value={templates}>
      <div className="shell">
        <Sidebar
          view={view}
          searchText={search.text}
          onSearchText={(text) => setSearch((s) => ({ ...s, text }))}
          onOpenSearch={openSearch}
          onToday={() => void openToday()}
          onNewEntry={() => void newEntry()}
          onNewFromTemplate={() => setPicking(true)}
          onGo={go}
          entries={journal.entries}
          selectedId={view === 'entry' ? (entry?.id ?? null) : null}
          onOpen={open}
          onFilter={filterBy}
          templateNames={templateNames}
          damaged={journal.damaged.length}
          onExport={() => exportEntries(null)}
          onLock={props.onLock}
        />
        <main className="main-area" ref={mainRef}>
          <ErrorNotice error={error ?? journal.error} />
          <SetbacksNotice onChanged={() => void journal.reload()} />
          {notice && (
            <p className="notice" role="status">
              {notice}{' '}
              <button type="button" className="link-button" onClick={() => setNotice(null)}>
                {t('journal.dismiss')}
              </button>
            </p>
          )}
          {view === 'entry' && entry && entry.date === localDay() && <OnThisDay today={entry.date} onOpen={open} />}
          {view === 'entry' && entry && (
            <EntryView
              highlight={highlight?.id === entry.id ? highlight.text : null}
              onOpenEntry={open}
              linkTargets={linkTargets}
              onFilter={filterBy}
              days={{ ...days, onStep: openDay }}
              key={`${entry.id}:${entry.revision}`}
              entry={entry}
              autoFocus={entry.id !== quietId}
              suggestions={journal.suggestions}
              templateName={entry.templateId ? templateNames[entry.templateId] : undefined}
              pendingPrompt={pendingPrompt}
              onPromptInserted={() => setPendingPrompt(null)}
              onSaved={onSaved}
              onTrash={trash}
              onExport={(chosen) => exportEntries([chosen.id])}
              onReplaced={(restored) => {
                setEntry(restored);
                saved(restored);
              }}
            />
          )}
          {view === 'entry' && !entry && (
            <p className="muted" aria-busy="true">
              {t('journal.openingToday')}
            </p>
          )}
          {view !== 'entry' && VIEWS[view].render(context)}
        </main>
        <TemplatePicker
          open={picking}
          title={props.firstEntry ? t('journal.firstReflection') : t('journal.newFromTemplateTitle')}
          onPick={(template) => void newFromTemplate(template)}
          onClose={() => setPicking(false)}
        />
        {trashed && (
          <UndoToast
            key={trashed.id}
            message={t('journal.movedToTrash')}
            onUndo={undoTrash}
            onDismiss={dismissToast}
            onFocusAway={() => focusHeading(mainRef.current)}
          />
        )}
      </div>
    </TemplatesContext.Provider>
  );
}
