import type { ComponentProps } from 'react';
import { EntryList } from '../entry-list/EntryList';
import { ViewNav } from './ViewNav';
import type { ViewId } from './views';
import { t } from '../../i18n';

type ListProps = ComponentProps<typeof EntryList>;

/** A button whose tooltip names its shortcut ("Today (Ctrl+T)"); `name` when the tooltip says more than the label. */
function KeyedButton(props: { label: string; name?: string; keys: string; className?: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className={props.className}
      onClick={props.onClick}
      title={t('journal.withKeys', { name: props.name ?? props.label, keys: props.keys })}
    >
      {props.label}
    </button>
  );
}

/**
 * The journal's sidebar: today and new entries, the quick search (typing opens Search), the screens, the
 * entry list, damage found, and Lock.
 */
export function Sidebar(props: {
  view: ViewId;
  searchText: string;
  onSearchText: (text: string) => void;
  onOpenSearch: () => void;
  onToday: () => void;
  onNewEntry: () => void;
  onNewFromTemplate: () => void;
  onGo: (view: ViewId) => void;
  entries: ListProps['entries'];
  selectedId: ListProps['selectedId'];
  onOpen: ListProps['onOpen'];
  onFilter: ListProps['onFilter'];
  templateNames: ListProps['templateNames'];
  /** How many damaged files were found. */
  damaged: number;
  onExport: () => void;
  onLock: () => void;
}) {
  return (
    <nav className="sidebar" aria-label={t('journal.nav')}>
      <p className="brand">{t('app.name')}</p>
      <div className="sidebar-actions">
        <KeyedButton label={t('journal.today')} keys="Ctrl+T" onClick={props.onToday} />
        <KeyedButton label={t('journal.newEntry')} keys="Ctrl+N" onClick={props.onNewEntry} />
        <button type="button" onClick={props.onNewFromTemplate}>
          {t('journal.newFromTemplate')}
        </button>
      </div>
      <label className="visually-hidden" htmlFor="sidebar-search">
        {t('journal.quickSearch')}
      </label>
      <input
        id="sidebar-search"
        className="sidebar-search"
        type="search"
        placeholder={t('journal.searchPlaceholder', { keys: 'Ctrl+K' })}
        value={props.view === 'search' ? '' : props.searchText}
        // Typing (or Enter) opens Search; arriving here with Tab changes nothing (WCAG 3.2.1, On Focus).
        onKeyDown={(e) => e.key === 'Enter' && props.onOpenSearch()}
        onChange={(e) => {
          props.onSearchText(e.target.value);
          props.onOpenSearch();
        }}
      />
      <ViewNav current={props.view} onGo={props.onGo} />
      <div className="sidebar-heading-row">
        <h2 className="sidebar-heading">{t('journal.entries')}</h2>
        <KeyedButton
          className="link-button"
          label={t('journal.export')}
          name={t('journal.views.export')}
          keys="Ctrl+Shift+E"
          onClick={props.onExport}
        />
      </div>
      <EntryList
        entries={props.entries}
        selectedId={props.selectedId}
        onOpen={props.onOpen}
        onFilter={props.onFilter}
        templateNames={props.templateNames}
      />
      {props.damaged > 0 && (
        <p className="notice notice-error" role="status">
          {t('journal.damaged', { count: props.damaged })}
        </p>
      )}
      <KeyedButton className="lock-button" label={t('journal.lock')} keys="Ctrl+L" onClick={props.onLock} />
    </nav>
  );
}
