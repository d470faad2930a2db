import { useEffect } from 'react';
import { IS_APPLE } from 'lexical';
import type { AppCommand } from '@shared/contract';
import { commandForKey } from '@shared/shortcuts';

/** The app's shortcuts (COMMAND_SHORTCUTS). The menu shows the same keys but leaves them to the page. */
export function useAppShortcuts(run: (command: AppCommand) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A key the editor already took (Ctrl+K there is Link) is not the app's.
      if (event.defaultPrevented) return;
      const command = commandForKey(event, IS_APPLE);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
