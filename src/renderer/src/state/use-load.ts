import { useEffect, useRef, useState, type DependencyList } from 'react';

export type Load<T> = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; value: T };

/**
 * A screen's data, fetched on mount and again whenever `deps` change. Only the newest request's answer
 * is kept, so a slow answer for an old filter cannot overwrite a quicker one for the new. While a newer
 * request runs, what is on screen stays there; `retry` instead starts again from "loading".
 */
export function useLoad<T>(fetch: () => Promise<T>, deps: DependencyList) {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const latest = useRef(0);

  /** Resolves with the fresh value, or null if it failed; it is shown only if no newer request began. */
  const reload = async (): Promise<T | null> => {
    const request = ++latest.current;
    try {
      const value = await fetch();
      if (request === latest.current) setLoad({ state: 'ready', value });
      return value;
    } catch (error) {
      if (request === latest.current) setLoad({ state: 'failed', error });
      return null;
    }
  };

  useEffect(() => {
    // The request this starts outdates any still on its way, so no cleanup is needed.
    void reload();
    // The caller's deps are checked where useLoad is called (additionalHooks in eslint.config.js).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const retry = () => {
    setLoad({ state: 'loading' });
    void reload();
  };

  /** Changes the loaded value in place, after an action whose outcome the screen already knows. */
  const update = (change: (value: T) => T) =>
    setLoad((current) => (current.state === 'ready' ? { state: 'ready', value: change(current.value) } : current));

  return { load, reload, retry, update };
}
