import { useEffect, useRef, type RefObject } from 'react';

/**
 * A screen opened from the sidebar, a menu or a shortcut takes focus on its first heading, so focus is never
 * left on the page body (the control that opened it may be gone) and screen readers read the screen's name.
 * The entry view is left alone: its editor takes focus itself.
 */
export function useHeadingFocus(screen: string, main: RefObject<HTMLElement | null>, skip: boolean): void {
  const shown = useRef(screen);
  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    // A screen that put focus somewhere itself (search focuses its field) keeps it there.
    if (skip || main.current?.contains(document.activeElement)) return;
    focusHeading(main.current);
  }, [screen, main, skip]);
}

/** Focuses the first h1 inside `root`, making it focusable from script only if it was not focusable. */
export function focusHeading(root: HTMLElement | null): void {
  const heading = root?.querySelector<HTMLElement>('h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}
