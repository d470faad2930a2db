/**
 * Status messages for screen readers come from one live region that stays in the page (LiveRegion), whose
 * text changes; a region inserted already holding its text is often not read at all.
 */
type Listener = (text: string) => void;

const listeners = new Set<Listener>();
let last = '';

/** Says `text` politely. The same words twice in a row are still read: they differ by a no-break space. */
export function announce(text: string): void {
  last = last === text ? `${text}\u00a0` : text;
  for (const listener of listeners) listener(last);
}

export function onAnnouncement(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
