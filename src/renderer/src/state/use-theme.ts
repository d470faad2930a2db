import { useEffect } from 'react';
import type { Settings } from '@shared/settings';

/** "system" leaves the choice to the OS (prefers-color-scheme); light and dark pin it. */
export function useTheme(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);
}
