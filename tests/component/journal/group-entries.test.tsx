import { describe, expect, it } from 'vitest';
import { entryTitle } from '../../../src/renderer/src/features/entry-list/entry-title';
import { groupEntries, sortEntries } from '../../../src/renderer/src/features/entry-list/group-entries';
import { entryMeta } from './entry-fixture';

describe('groupEntries', () => {
  it('groups by ISO week (Monday to Sunday), then by day, newest first', () => {
    const entries = [
      entryMeta({ id: 'mon-17', date: '2025-11-17' }),
      entryMeta({ id: 'sun-23', date: '2025-11-23' }),
      entryMeta({ id: 'sun-16', date: '2025-11-16' }),
      entryMeta({ id: 'tue-18', date: '2025-11-18' }),
    ];
    const weeks = groupEntries(entries);
    expect(weeks.map((w) => w.label)).toEqual(['Week of 17 November 2025', 'Week of 10 November 2025']);
    expect(weeks[0].days.map((d) => d.label)).toEqual([
      'Sunday 23 November',
      'Tuesday 18 November',
      'Monday 17 November',
    ]);
    expect(weeks[1].days.map((d) => d.date)).toEqual(['2025-11-16']);
  });

  it('orders entries of the same day by when they were written, newest first', () => {
    const entries = [
      entryMeta({ id: 'morning', createdAt: '2025-11-18T08:00:00.000Z' }),
      entryMeta({ id: 'evening', createdAt: '2025-11-18T21:00:00.000Z' }),
      entryMeta({ id: 'noon', createdAt: '2025-11-18T12:00:00.000Z' }),
    ];
    const [week] = groupEntries(entries);
    expect(week.days).toHaveLength(1);
    expect(week.days[0].entries.map((e) => e.id)).toEqual(['evening', 'noon', 'morning']);
  });

  it('sorts by the day the entry is about, not by when it was written', () => {
    const late = entryMeta({ id: 'about-monday', date: '2025-11-17', createdAt: '2025-11-20T08:00:00.000Z' });
    const early = entryMeta({ id: 'about-tuesday', date: '2025-11-18', createdAt: '2025-11-18T08:00:00.000Z' });
    expect(sortEntries([late, early]).map((e) => e.id)).toEqual(['about-tuesday', 'about-monday']);
  });

  it('puts a week across the new year under its Monday, with the year of that Monday', () => {
    const weeks = groupEntries([entryMeta({ date: '2026-01-01' }), entryMeta({ date: '2025-12-29' })]);
    expect(weeks).toHaveLength(1);
    expect(weeks[0].label).toBe('Week of 29 December 2025');
    expect(weeks[0].days.map((d) => d.label)).toEqual(['Thursday 1 January', 'Monday 29 December']);
  });

  it('labels a day by its date string alone, whatever the clock’s time zone', () => {
    // Midnight UTC is still the previous evening west of Greenwich; the label must not shift.
    const [week] = groupEntries([entryMeta({ date: '2025-03-30' })]);
    expect(week.days[0].label).toBe('Sunday 30 March');
    expect(week.label).toBe('Week of 24 March 2025');
  });

  it('returns no weeks for no entries and leaves its input alone', () => {
    expect(groupEntries([])).toEqual([]);
    const entries = [entryMeta({ date: '2025-11-17' }), entryMeta({ date: '2025-11-18' })];
    const before = entries.map((e) => e.id);
    groupEntries(entries);
    expect(entries.map((e) => e.id)).toEqual(before);
  });
});

describe('entryTitle', () => {
  it('uses the title, else the first line of the excerpt, else a placeholder', () => {
    expect(entryTitle({ title: 'Council meeting', excerpt: 'We met' })).toBe('Council meeting');
    expect(entryTitle({ title: '  ', excerpt: 'First thoughts\nmore' })).toBe('First thoughts');
    expect(entryTitle({ title: '', excerpt: '' })).toBe('Untitled reflection');
  });
});
