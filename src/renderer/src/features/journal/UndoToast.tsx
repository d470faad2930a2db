import { useEffect, useRef, useState } from 'react';
import { announce } from '../../announce/announcer';
import { t } from '../../i18n';

const SHOW_MS = 10_000;

/**
 * A short-lived message with Undo. It takes focus (the control that caused it is gone), is read out through
 * the page's live region, and stays while focus is inside it; Escape, Dismiss or time then dismiss it.
 */
export function UndoToast(props: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** After Escape or Dismiss, which leave focus nowhere: where it goes next. */
  onFocusAway: () => void;
}) {
  const { message, onDismiss } = props;
  const close = () => {
    onDismiss();
    props.onFocusAway();
  };
  const [holding, setHolding] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    announce(message);
    undoRef.current?.focus();
  }, [message]);
  useEffect(() => {
    if (holding) return;
    const timer = setTimeout(onDismiss, SHOW_MS);
    return () => clearTimeout(timer);
  }, [onDismiss, holding]);
  return (
    <div
      className="toast"
      role="group"
      aria-label={message}
      onFocus={() => setHolding(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHolding(false);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <span>{message}</span>
      <button type="button" ref={undoRef} onClick={props.onUndo}>
        {t('journal.undo')}
      </button>
      <button type="button" className="link-button" onClick={close} aria-label={t('journal.dismiss')}>
        ×
      </button>
    </div>
  );
}
