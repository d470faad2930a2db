import { useEffect, useRef } from 'react';

/**
 * For focus that must wait for the redraw an action causes, since the element to focus may not exist
 * until then: `focusNext(target)` says where, and after the next render `place(target)` moves focus.
 */
export function useFocusNext<T>(place: (target: T) => void) {
  const next = useRef<T | null>(null);

  useEffect(() => {
    const target = next.current;
    if (target === null) return;
    next.current = null;
    place(target);
  });

  return (target: T) => {
    next.current = target;
  };
}
