import { useState, type ReactNode } from 'react';

/**
 * For screens with many small actions (favourite, delete, export…): one runs at a time, `busy` names
 * it, a failure becomes `error` and leaves the screen as it was, and `message` says what was done.
 */
export function useOneAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<ReactNode>('');

  const run = async (key: string, action: () => Promise<void>) => {
    if (busy) return;
    setBusy(key);
    setError(null);
    setMessage('');
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return { busy, error, message, setMessage, run };
}
