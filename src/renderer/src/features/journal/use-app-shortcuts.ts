import { useEffect } from 'react';
import { IS_APPLE } from 'lexical';
import type { AppCommand } from '@shared/contract';
import { commandForKey } from '@shared/shortcuts';

/** The app's shortcuts (COMMAND_SHORTCUTS). The menu shows the same keys but leaves them to the page. */
export function useAppShortcuts(run: (command: AppCommand) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, IS_APPLE);
      if (!command) return;
      // Option+arrow moves by word in a Mac's text fields; there, days are stepped from outside them.
      if (IS_APPLE && (command === 'previous-day' || command === 'next-day') && isEditable(event.target)) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
