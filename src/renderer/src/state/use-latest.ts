import { useEffect, useRef } from 'react';

/**
 * A ref that always holds the newest `value`: an effect registered once (a Lexical listener, say) reads the
 * caller's current callback through it instead of registering again each time the callback changes.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
