import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderSettings } from '@shared/settings';
import { nextReminder, shouldRemind, startReminders, type ReminderState } from '../../../src/main/app/reminder';

// Local time is the point; pin a zone with DST (Node reads TZ when it changes).
const zone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/London';
});
afterAll(() => {
  process.env['TZ'] = zone;
});

const weekdays: ReminderSettings = { enabled: true, time: '20:00', days: [1, 2, 3, 4, 5] };
const local = (text: string) => new Date(text); // "YYYY-MM-DDTHH:MM" without a zone is local time
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('when the reminder is next due', () => {
  it('is later today when the time has not come yet, else the next chosen day', () => {
    expect(iso(nextReminder(local('2026-06-10T09:00'), weekdays))).toBe('2026-06-10T19:00:00.000Z'); // a Wednesday, BST
    expect(iso(nextReminder(local('2026-06-10T20:00'), weekdays))).toBe('2026-06-11T19:00:00.000Z');
    expect(iso(nextReminder(local('2026-06-12T21:00'), weekdays))).toBe('2026-06-15T19:00:00.000Z'); // Fri → Mon
  });

  it('keeps the wall-clock time across the spring change (29 March 2026)', () => {
    const daily = { ...weekdays, days: [0, 1, 2, 3, 4, 5, 6] };
    expect(iso(nextReminder(local('2026-03-28T21:00'), daily))).toBe('2026-03-29T19:00:00.000Z'); // 20:00 BST
    expect(iso(nextReminder(local('2026-03-28T19:00'), daily))).toBe('2026-03-28T20:00:00.000Z'); // 20:00 GMT
  });

  it('keeps the wall-clock time across the autumn change (25 October 2026)', () => {
    const daily = { ...weekdays, days: [0, 1, 2, 3, 4, 5, 6] };
    expect(iso(nextReminder(local('2026-10-24T21:00'), daily))).toBe('2026-10-25T20:00:00.000Z'); // 20:00 GMT
  });

  it('moves a time the spring change skips to an hour later, and does not skip the day', () => {
    const early = { enabled: true, time: '01:30', days: [0] };
    expect(iso(nextReminder(local('2026-03-28T12:00'), early))).toBe('2026-03-29T01:30:00.000Z'); // 02:30 BST
  });

  it('is never when turned off or with no days', () => {
    expect(nextReminder(local('2026-06-10T09:00'), { ...weekdays, enabled: false })).toBeNull();
    expect(nextReminder(local('2026-06-10T09:00'), { ...weekdays, days: [] })).toBeNull();
  });
});

describe('whether to remind', () => {
  const away: ReminderState = { wroteToday: false, focused: false, locked: false, visible: true };
  it('reminds someone who has not written and is not in the app', () => {
    expect(shouldRemind(away)).toBe(true);
    expect(shouldRemind({ ...away, locked: true })).toBe(true);
  });
  it('stays quiet when today has writing, the app is focused, or it is locked and hidden', () => {
    expect(shouldRemind({ ...away, wroteToday: true })).toBe(false);
    expect(shouldRemind({ ...away, focused: true })).toBe(false);
    expect(shouldRemind({ ...away, locked: true, visible: false })).toBe(false);
  });
});

describe('the reminder loop, on an injected clock', () => {
  function harness(state: ReminderState, settings: ReminderSettings = weekdays) {
    let now = local('2026-06-10T09:00');
    const timers: Array<{ at: number; fire: () => void; cancelled: boolean }> = [];
    let notified = 0;
    const loop = startReminders({
      now: () => now,
      settings: () => settings,
      state: async () => state,
      notify: () => void notified++,
      setTimer: (ms, fire) => {
        const timer = { at: now.getTime() + ms, fire, cancelled: false };
        timers.push(timer);
        return () => void (timer.cancelled = true);
      },
    });
    const live = () => timers.filter((t) => !t.cancelled);
    const runNext = async () => {
      const next = live().sort((a, b) => a.at - b.at)[0]!;
      next.cancelled = true;
      now = new Date(next.at);
      next.fire();
      await new Promise((r) => setImmediate(r));
    };
    return { loop, live, runNext, notified: () => notified, now: () => now };
  }

  it('notifies at the time, then waits for the next chosen day', async () => {
    const h = harness({ wroteToday: false, focused: false, locked: false, visible: false });
    expect(h.live().map((t) => new Date(t.at).toISOString())).toEqual(['2026-06-10T19:00:00.000Z']);
    await h.runNext();
    expect(h.notified()).toBe(1);
    expect(h.live().map((t) => new Date(t.at).toISOString())).toEqual(['2026-06-11T19:00:00.000Z']);
  });

  it('skips a day that already has writing but keeps waiting', async () => {
    const h = harness({ wroteToday: true, focused: false, locked: false, visible: true });
    await h.runNext();
    expect(h.notified()).toBe(0);
    expect(h.live()).toHaveLength(1);
  });

  it('stops, and waits for nothing once stopped', () => {
    const h = harness({ wroteToday: false, focused: false, locked: false, visible: true });
    h.loop.stop();
    expect(h.live()).toEqual([]);
  });
});
