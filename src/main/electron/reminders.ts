import { Notification, type BrowserWindow } from 'electron';
import type { ReminderSettings } from '@shared/settings';
import { startReminders } from '../app/reminder';

/** The daily reminder as a native notification; clicking it brings the window up on Today. */
export function watchReminders(opts: {
  settings: () => ReminderSettings;
  isUnlocked: () => boolean;
  /** Whether today has writing; asked only while unlocked. */
  wroteToday: () => Promise<boolean>;
  getWindow: () => BrowserWindow | null;
  openToday: () => void;
}): { reschedule: () => void; stop: () => void } {
  return startReminders({
    now: () => new Date(),
    settings: opts.settings,
    state: async () => {
      const win = opts.getWindow();
      const locked = !opts.isUnlocked();
      const wroteToday = !locked && (await opts.wroteToday());
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
