import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '@shared/contract';
import type { Settings } from '@shared/settings';
import { call, onEvent } from './bridge';
import { ErrorNotice } from './errors/ErrorNotice';
import { JournalScreen } from './features/journal/JournalScreen';
import { Welcome } from './features/onboarding/Welcome';
import { CreateVaultScreen } from './features/vault/CreateVaultScreen';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { t } from './i18n';
import { flushPendingWork } from './state/pending-work';
import { useTheme } from './state/use-theme';

/**
 * Once the journal locks, this document is replaced by a fresh one: the old editor, Lexical's module
 * state and every closure that held the writer's words go with it, which no amount of unmounting
 * guarantees. The new page asks main for the status and shows the unlock screen.
 */
function freshPage(): void {
  window.location.reload();
}

export function App() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const wasUnlocked = useRef(false);
  useEffect(() => {
    wasUnlocked.current = status?.state === 'unlocked';
  }, [status]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The first-run introduction was finished (or skipped) in this run; the preference keeps it for the next. */
  const [introDone, setIntroDone] = useState(false);
  const [firstEntry, setFirstEntry] = useState(false);
  useTheme(settings?.theme);

  const refresh = useCallback(() => {
    call('vault:status').then(setStatus, setError);
  }, []);

  useEffect(() => {
    refresh();
    call('settings:get').then(setSettings, setError);
  }, [refresh]);

  useEffect(() => {
    const offs = [
      onEvent('vault:locked', () => (wasUnlocked.current ? freshPage() : refresh())),
      onEvent('vault:willLock', () => {
        void flushPendingWork().then(() => call('vault:lock').then(freshPage, refresh));
      }),
      onEvent('window:closing', () => {
        void flushPendingWork().then(() => call('window:closeReady'));
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [refresh]);

  const lock = useCallback(async () => {
    await flushPendingWork();
    await call('vault:lock');
    freshPage();
  }, []);

  if (error && !status)
    return (
      <main className="centered-screen">
        <ErrorNotice error={error} onRetry={refresh} />
      </main>
    );
  if (!status || !settings)
    return (
      <main className="centered-screen" aria-busy="true">
        {t('app.opening')}
      </main>
    );
  if (status.state === 'none' && !settings.onboarded && !introDone)
    return (
      <Welcome
        onFinish={(skipped) => {
          setIntroDone(true);
          setFirstEntry(!skipped);
          call('settings:set', { onboarded: true }).then(setSettings, setError);
        }}
      />
    );
  if (status.state === 'none')
    return (
      <CreateVaultScreen
        status={status}
        onCreated={setStatus}
        onOpened={(opened) => {
          // An existing journal needs no first entry.
          setFirstEntry(false);
          setStatus(opened);
        }}
      />
    );
  if (status.state === 'locked') return <UnlockScreen status={status} onUnlocked={setStatus} onOpened={setStatus} />;
  return (
    <JournalScreen
      status={status}
      settings={settings}
      onSettings={setSettings}
      onLock={lock}
      firstEntry={firstEntry}
      onFirstEntryDone={() => setFirstEntry(false)}
    />
  );
}
