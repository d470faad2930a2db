import { useEffect, useState } from 'react';
import { onAnnouncement } from './announcer';

/** The page's one live region: mounted once, beside the app, for as long as the page lives. */
export function LiveRegion() {
  const [text, setText] = useState('');
  useEffect(() => onAnnouncement(setText), []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {text}
    </div>
  );
}
