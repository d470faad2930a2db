import { useEffect, useState } from 'react';
import { onAnnouncement } from './announcer';

/** The page's one live region: mounted once, beside the app, for as long as the page lives. */
export function LiveRegion() {
  const [text, setText] = useState('');
  useEffect(() => onAnnouncement(setText), []);
  return (
    // aria-live without role="status", so the page's other status areas stay the only ones with that role.
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {text}
    </div>
  );
}
