import { useState } from 'react';
import type { VaultStatus } from '../../../../shared/contract';
import type { Settings } from '../../../../shared/settings';
import { SettingsPanel } from '../settings/SettingsPanel';

type View = 'today' | 'settings';

export function JournalScreen(props: {
  status: VaultStatus;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onLock: () => void;
}) {
  const [view, setView] = useState<View>('today');
  const [status, setStatus] = useState(props.status);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Journal">
        <p className="brand">Landscape</p>
        <button type="button" aria-current={view === 'today' ? 'page' : undefined} onClick={() => setView('today')}>
          Today
        </button>
        <button type="button" aria-current={view === 'settings' ? 'page' : undefined} onClick={() => setView('settings')}>
          Settings
        </button>
        <button type="button" className="lock-button" onClick={props.onLock} title="Lock (Ctrl+L)">
          Lock
        </button>
      </nav>
      <main className="main-area">
        {view === 'settings' ? (
          <SettingsPanel settings={props.settings} status={status} onSettings={props.onSettings} onStatus={setStatus} />
        ) : (
          <h1>Today</h1>
        )}
      </main>
    </div>
  );
}
