import { Notification, type BrowserWindow } from 'electron';
import { localDay } from '@shared/calendar-day';
import type { Entry } from '@shared/entry';
import type { ReminderSettings } from '@shared/settings';
import { startReminders } from '../app/reminder';

/** The daily reminder as a native notification; clicking it brings the window up on Today. */
export function watchReminders(opts: {
  settings: () => ReminderSettings;
  isUnlocked: () => boolean;
  /** Today's entries, asked only while unlocked. */
  listEntries: () => Promise<ReadonlyArray<Pick<Entry, 'date' | 'wordCount'>>>;
  getWindow: () => BrowserWindow | null;
  openToday: () => void;
}): { reschedule: () => void; stop: () => void } {
  return startReminders({
    now: () => new Date(),
    settings: opts.settings,
    state: async () => {
      const win = opts.getWindow();
      const locked = !opts.isUnlocked();
      const today = localDay();
      const wroteToday = !locked && (await opts.listEntries()).some((e) => e.date === today && e.wordCount > 0);
      return {
        wroteToday,
        focused: win?.isFocused() ?? false,
        locked,
        visible: Boolean(win && win.isVisible() && !win.isMinimized()),
      };
    },
    notify: () => {
      if (!Notification.isSupported()) return;
      const note = new Notification({
        title: 'Landscape',
        body: 'A few minutes for today’s reflection?',
        silent: true,
      });
      note.on('click', opts.openToday);
      note.show();
    },
    setTimer: (ms, fire) => {
      const timer = setTimeout(fire, ms);
      return () => clearTimeout(timer);
    },
  });
}
