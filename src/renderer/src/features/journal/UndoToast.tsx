import { useEffect } from 'react';

const SHOW_MS = 10_000;

/** A short-lived message with Undo; it does not steal focus, and Escape or time dismisses it. */
export function UndoToast(props: { message: string; onUndo: () => void; onDismiss: () => void }) {
  const { onDismiss } = props;
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOW_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div className="toast" role="status">
      <span>{props.message}</span>
      <button type="button" onClick={props.onUndo}>
        Undo
      </button>
      <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
