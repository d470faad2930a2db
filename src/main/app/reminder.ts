// The daily reminder: when it is next due (pure, local time, DST-safe), whether to show it, and a loop that
// waits for it with injected time and timers, so tests need no clock of their own.
import type { ReminderSettings } from '@shared/settings';

/** The first moment strictly after `now` at the reminder's local time on one of its days; null when off. */
export function nextReminder(now: Date, reminder: ReminderSettings): Date | null {
  if (!reminder.enabled || reminder.days.length === 0) return null;
  const [hours, minutes] = reminder.time.split(':').map(Number) as [number, number];
  for (let offset = 0; offset <= 7; offset++) {
    // Built from local parts, so a DST change in between moves the instant, not the wall-clock time.
    // A time skipped by a spring-forward falls an hour later, as the Date constructor resolves it.
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, hours, minutes, 0, 0);
    if (at > now && reminder.days.includes(at.getDay())) return at;
  }
  return null;
}

export interface ReminderState {
  /** Something has been written today (an empty page opened on Today does not count). */
  wroteToday: boolean;
  focused: boolean;
  locked: boolean;
  /** The window is shown (not minimised, hidden or closed). */
  visible: boolean;
}

/** Not when today has writing, not while the person is in the app, not while locked with the app out of sight. */
export function shouldRemind(state: ReminderState): boolean {
  if (state.focused || state.wroteToday) return false;
  return !(state.locked && !state.visible);
}

export interface ReminderDeps {
  now: () => Date;
  settings: () => ReminderSettings;
  state: () => Promise<ReminderState>;
  notify: () => void;
  setTimer: (ms: number, fire: () => void) => () => void;
}

/** Waits for each reminder in turn. `reschedule` after the settings change; the disposer stops it. */
export function startReminders(deps: ReminderDeps): { reschedule: () => void; stop: () => void } {
  let cancel: (() => void) | null = null;
  let stopped = false;
  const schedule = () => {
    cancel?.();
    cancel = null;
    if (stopped) return;
    const now = deps.now();
    const due = nextReminder(now, deps.settings());
    if (!due) return;
    cancel = deps.setTimer(due.getTime() - now.getTime(), () => void fire());
  };
  const fire = async () => {
    // A timer can wake late (the computer slept): remind only if today's reminder time has really come.
    if (shouldRemind(await deps.state())) deps.notify();
    schedule();
  };
  schedule();
  return {
    reschedule: schedule,
    stop: () => {
      stopped = true;
      cancel?.();
    },
  };
}
