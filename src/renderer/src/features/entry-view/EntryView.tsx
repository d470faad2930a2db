import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { DayString, type Entry, type LexicalJson } from '@shared/entry';
import { entryIdOfLink } from '@shared/entry-link';
import { call } from '../../bridge';
import { Editor, INSERT_PROMPT_COMMAND, type LinkTargets } from '../../editor';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { localDay } from '../../dates/calendar-day';
import { formatFullDay } from '../../dates/date-words';
import { DaySteps } from './DaySteps';
import { LinkedFrom } from './LinkedFrom';
import { PromptCard } from '../prompts/PromptCard';
import { dismissPromptFor, offersPrompt } from '../prompts/prompt-dismissals';
import { ApplyTemplate } from './ApplyTemplate';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { TagInput } from '../tags/TagInput';
import type { TagKind } from '@shared/contract';
import { EntryPeople } from './EntryPeople';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';
import { useMatchHighlight } from './use-match-highlight';
import './entry.css';
import { t } from '../../i18n';
import { DateField } from '../../forms/DateField';

export interface TagSuggestions {
  worlds: string[];
  people: string[];
  free: string[];
}

/** One entry: its date, title, tags and text, saved as you go. Remount (key) to show another version. */
export function EntryView(props: {
  entry: Entry;
  /** False when something else holds focus as it opens (the trash toast's Undo). */
  autoFocus?: boolean;
  suggestions: TagSuggestions;
  templateName?: string;
  onSaved: (entry: Entry, conflict: boolean) => void;
  onTrash: (entry: Entry) => void;
  /** Opens the Export screen with this entry chosen. */
  onExport?: (entry: Entry) => void;
  onReplaced: (entry: Entry) => void;
  /** A prompt chosen elsewhere (the prompt library) to insert at the caret, once. */
  pendingPrompt?: { text: string; id: number } | null;
  onPromptInserted?: () => void;
  /** Words from a search to find, mark and scroll to once the entry is shown. */
  highlight?: string | null;
  /** A link to another entry was followed. */
  onOpenEntry?: (id: string) => void;
  /** The journal's entries, to link to and to show links' current titles. */
  linkTargets?: LinkTargets;
  /** A world or tag chip was clicked: search by it. */
  onFilter?: (kind: TagKind, name: string) => void;
  /** The days either side that have a reflection (neighbourDays), and how to go to one. */
  days?: { previous: string | null; next: string | null; onStep: (day: string) => void };
}) {
  const { entry } = props;
  const [title, setTitle] = useState(entry.title);
  const [date, setDate] = useState(entry.date);
  const [worlds, setWorlds] = useState(entry.tags.worlds);
  const [free, setFree] = useState(entry.tags.free);
  const [people, setPeople] = useState(entry.tags.people);
  const [words, setWords] = useState(entry.wordCount);
  const [history, setHistory] = useState(false);
  // Decided when the page opens, so the card does not vanish from under the writer as they start.
  const [promptOffered, setPromptOffered] = useState(() => offersPrompt(entry, localDay()));
  const [error, setError] = useState<unknown>(null);
  const { state, change, flush, revision, latestRevision } = useAutosave(entry, props.onSaved);
  const titleId = useId();
  const dateId = useId();
  const editorRef = useRef<LexicalEditor | null>(null);
  const insertPrompt = useCallback((text: string) => {
    editorRef.current?.focus();
    editorRef.current?.dispatchCommand(INSERT_PROMPT_COMMAND, text);
  }, []);
  const { pendingPrompt, onPromptInserted } = props;
  useEffect(() => {
    if (!pendingPrompt) return;
    insertPrompt(pendingPrompt.text);
    onPromptInserted?.();
  }, [pendingPrompt, insertPrompt, onPromptInserted]);

  const setTags = (next: { worlds?: string[]; free?: string[] }) => {
    const tags = { worlds: next.worlds ?? worlds, free: next.free ?? free };
    if (next.worlds) setWorlds(next.worlds);
    if (next.free) setFree(next.free);
    change({ tags });
  };

  const { onOpenEntry } = props;
  const openLink = useCallback(
    (url: string) => {
      const linked = entryIdOfLink(url);
      if (linked) return onOpenEntry?.(linked);
      call('shell:openExternal', { url }).catch(setError);
    },
    [onOpenEntry],
  );
  useMatchHighlight(editorRef, props.highlight ?? null);

  // Lexical types root.type as string; the schema pins it to 'root', which Lexical always writes.
  const onEdit = useCallback((content: () => unknown) => change({ content: content as () => LexicalJson }), [change]);

  const trash = async () => {
    await flush();
    props.onTrash(entry);
  };

  return (
    <article className="entry-view" aria-labelledby={titleId}>
      <header className="entry-header">
        <div className="entry-meta-row">
          <label htmlFor={dateId} className="visually-hidden">
            {t('entry.date')}
          </label>
          <DateField
            id={dateId}
            className="entry-date"
            value={date}
            required
            onChange={(day) => {
              setDate(day);
              change({ date: day });
            }}
          />
          <h1 className="muted entry-day">{isDay(date) ? formatFullDay(date) : ''}</h1>
          {props.days && <DaySteps {...props.days} />}
          {props.templateName && <span className="badge">{props.templateName}</span>}
          <SaveStatus state={state} onRetry={() => void flush()} />
        </div>
        <label htmlFor={titleId} className="visually-hidden">
          {t('entry.title')}
        </label>
        <input
          id={titleId}
          className="entry-title"
          value={title}
          placeholder={t('entry.titlePlaceholder')}
          maxLength={300}
          onChange={(e) => {
            setTitle(e.target.value);
            change({ title: e.target.value });
          }}
        />
        <div className="entry-tags">
          <TagInput
            label={t('entry.worlds')}
            kind="worlds"
            value={worlds}
            suggestions={props.suggestions.worlds}
            onChange={(v) => setTags({ worlds: v })}
            onFilter={props.onFilter && ((name) => props.onFilter?.('worlds', name))}
          />
          <EntryPeople people={people} onFilter={props.onFilter && ((name) => props.onFilter?.('people', name))} />
          <TagInput
            label={t('entry.tags')}
            kind="free"
            value={free}
            suggestions={props.suggestions.free}
            onChange={(v) => setTags({ free: v })}
            onFilter={props.onFilter && ((name) => props.onFilter?.('free', name))}
          />
        </div>
      </header>
      <ErrorNotice error={error} />
      {promptOffered && (
        <PromptCard
          date={entry.date}
          onInsert={insertPrompt}
          onDismiss={() => {
            dismissPromptFor(entry.date);
            setPromptOffered(false);
            editorRef.current?.focus();
          }}
        />
      )}
      <Editor
        editorRef={editorRef}
        autoFocus={props.autoFocus ?? true}
        key={entry.id}
        startAt={entry.templateId !== null && entry.wordCount === 0 ? 'first-answer' : 'end'}
        initialContent={entry.content}
        people={props.suggestions.people}
        linkTargets={props.linkTargets}
        onEdit={onEdit}
        onWordCount={setWords}
        onPeople={setPeople}
        onOpenLink={openLink}
      />
      <footer className="entry-footer">
        <span className="muted" aria-live="off">
          {t('common.words', { count: words })}
        </span>
        <ApplyTemplate entry={entry} revision={latestRevision} beforeApply={flush} onApplied={props.onReplaced} />
        <button type="button" onClick={() => setHistory(true)}>
          {t('entry.history')}
        </button>
        {props.onExport && (
          <button type="button" onClick={() => props.onExport?.(entry)}>
            {t('entry.exportThis')}
          </button>
        )}
        <button type="button" onClick={trash}>
          {t('entry.trash')}
        </button>
      </footer>
      <LinkedFrom entryId={entry.id} onOpen={props.onOpenEntry} />
      {history && (
        <RevisionsPanel
          entryId={entry.id}
          currentRevision={revision}
          onClose={() => setHistory(false)}
          onRestored={(restored) => {
            setHistory(false);
            props.onReplaced(restored);
          }}
        />
      )}
    </article>
  );
}

/** A whole date from the date field; while one is half typed, nothing is saved or shown for it. */
function isDay(value: string): boolean {
  return DayString.safeParse(value).success;
}
