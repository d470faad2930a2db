import { useCallback, useRef, useState } from 'react';
import type { ViewId } from './views';

/**
 * The open screen, and the one before it for Back. Every move is counted, so that an entry still
 * loading when the writer moved on does not pull them back when it arrives.
 */
export function useView() {
  const [view, setView] = useState<ViewId>('entry');
  const [previous, setPrevious] = useState<ViewId>('entry');
  const moves = useRef(0);
  const go = useCallback((next: ViewId) => {
    moves.current++;
    setView((current) => {
      if (current !== next) setPrevious(current);
      return next;
    });
  }, []);
  /** Counts a move that completes later; the function returned says whether it is still the newest. */
  const startMove = useCallback(() => {
    const move = ++moves.current;
    return () => moves.current === move;
  }, []);
  return { view, setView, previous, go, startMove };
}
