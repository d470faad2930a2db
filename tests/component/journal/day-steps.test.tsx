import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '@shared/entry-list';
import { firstOfDay, neighbourDays } from '../../../src/renderer/src/features/journal/day-steps';

const row = (id: string, date: string, over: Partial<EntrySummary> = {}): EntrySummary => ({
  id,
  date,
  createdAt: `${date}T09:00:00.000Z`,
  label: id,
  templateId: null,
  tags: { worlds: [], people: [], free: [] },
  trashedAt: null,
  conflictOf: null,
  ...over,
});

const TODAY = '2026-11-30';
const list = [
  row('late', '2026-11-20', { createdAt: '2026-11-20T18:00:00.000Z' }),
  row('early', '2026-11-20', { createdAt: '2026-11-20T07:00:00.000Z' }),
  row('mid', '2026-10-31'),
  row('trashed', '2026-11-25', { trashedAt: '2026-11-26T10:00:00.000Z' }),
  row('copy', '2026-11-27', { conflictOf: 'late' }),
  row('old', '2025-12-31'),
];

describe('stepping through days', () => {
  it('goes to the nearest day with a reflection either side, across months and years', () => {
    expect(neighbourDays(list, '2026-11-20', TODAY)).toEqual({ previous: '2026-10-31', next: TODAY });
    expect(neighbourDays(list, '2026-10-31', TODAY)).toEqual({ previous: '2025-12-31', next: '2026-11-20' });
    expect(neighbourDays(list, '2025-12-31', TODAY)).toEqual({ previous: null, next: '2026-10-31' });
  });

  it('passes over trashed entries and conflict copies, and has no day after today', () => {
    expect(neighbourDays(list, TODAY, TODAY)).toEqual({ previous: '2026-11-20', next: null });
    expect(neighbourDays([], TODAY, TODAY)).toEqual({ previous: null, next: null });
  });

  it('opens a day at its first reflection', () => {
    expect(firstOfDay(list, '2026-11-20')).toBe('early');
    expect(firstOfDay(list, '2026-11-25')).toBeNull();
    expect(firstOfDay(list, '2026-11-27')).toBeNull();
  });
});
