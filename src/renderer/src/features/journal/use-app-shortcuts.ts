import { useEffect } from 'react';
import type { AppCommand } from '@shared/contract';

/** Mod = Ctrl, or ⌘ on macOS. The menu shows these keys but leaves them to the page. */
export const APP_SHORTCUTS: Record<string, AppCommand> = {
  l: 'lock',
  t: 'today',
  n: 'new-entry',
  ',': 'settings',
  k: 'search',
  f: 'find',
};

export function useAppShortcuts(run: (command: AppCommand) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.shiftKey) return;
      const command = APP_SHORTCUTS[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
