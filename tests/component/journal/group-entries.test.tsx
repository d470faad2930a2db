import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '@shared/entry-list';
import { formatTime } from '../../../src/renderer/src/dates/date-words';
import { entryTitle } from '../../../src/renderer/src/features/entry-list/entry-title';
import { listRows } from '../../../src/renderer/src/features/entry-list/group-entries';
import { entrySummary } from './entry-fixture';

interface Week {
  label: string;
  days: { label: string; date: string; entries: EntrySummary[] }[];
}

/** The flat rows read back as weeks and days, to say what the list shows. */
function groupEntries(entries: EntrySummary[]): Week[] {
  const weeks: Week[] = [];
  for (const row of listRows(entries)) {
    if (row.kind === 'week') weeks.push({ label: row.label, days: [] });
    if (row.kind === 'day') weeks.at(-1)!.days.push({ label: row.label, date: row.key.slice(2), entries: [] });
    if (row.kind === 'entry') weeks.at(-1)!.days.at(-1)!.entries.push(row.entry);
  }
  return weeks;
}

const sortEntries = (entries: EntrySummary[]) => groupEntries(entries).flatMap((w) => w.days.flatMap((d) => d.entries));

describe('listRows', () => {
  it('groups by ISO week (Monday to Sunday), then by day, newest first', () => {
    const entries = [
      entrySummary({ id: 'mon-17', date: '2025-11-17' }),
      entrySummary({ id: 'sun-23', date: '2025-11-23' }),
      entrySummary({ id: 'sun-16', date: '2025-11-16' }),
      entrySummary({ id: 'tue-18', date: '2025-11-18' }),
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
      entrySummary({ id: 'morning', createdAt: '2025-11-18T08:00:00.000Z' }),
      entrySummary({ id: 'evening', createdAt: '2025-11-18T21:00:00.000Z' }),
      entrySummary({ id: 'noon', createdAt: '2025-11-18T12:00:00.000Z' }),
    ];
    const [week] = groupEntries(entries);
    expect(week.days).toHaveLength(1);
    expect(week.days[0].entries.map((e) => e.id)).toEqual(['evening', 'noon', 'morning']);
  });

  it('sorts by the day the entry is about, not by when it was written', () => {
    const late = entrySummary({ id: 'about-monday', date: '2025-11-17', createdAt: '2025-11-20T08:00:00.000Z' });
    const early = entrySummary({ id: 'about-tuesday', date: '2025-11-18', createdAt: '2025-11-18T08:00:00.000Z' });
    expect(sortEntries([late, early]).map((e) => e.id)).toEqual(['about-tuesday', 'about-monday']);
  });

  it('puts a week across the new year under its Monday, with the year of that Monday', () => {
    const weeks = groupEntries([entrySummary({ date: '2026-01-01' }), entrySummary({ date: '2025-12-29' })]);
    expect(weeks).toHaveLength(1);
    expect(weeks[0].label).toBe('Week of 29 December 2025');
    expect(weeks[0].days.map((d) => d.label)).toEqual(['Thursday 1 January', 'Monday 29 December']);
  });

  it('labels a day by its date string alone, whatever the clock’s time zone', () => {
    // Midnight UTC is still the previous evening west of Greenwich; the label must not shift.
    const [week] = groupEntries([entrySummary({ date: '2025-03-30' })]);
    expect(week.days[0].label).toBe('Sunday 30 March');
    expect(week.label).toBe('Week of 24 March 2025');
  });

  it('returns no weeks for no entries and leaves its input alone', () => {
    expect(groupEntries([])).toEqual([]);
    const entries = [entrySummary({ date: '2025-11-17' }), entrySummary({ date: '2025-11-18' })];
    const before = entries.map((e) => e.id);
    groupEntries(entries);
    expect(entries.map((e) => e.id)).toEqual(before);
  });
});

describe('entryTitle', () => {
  it('uses the title, else the first words of the text', () => {
    expect(entryTitle(entrySummary({ title: 'Council meeting', excerpt: 'We met' }))).toBe('Council meeting');
    expect(entryTitle(entrySummary({ title: '  ', excerpt: 'First thoughts more' }))).toBe('First thoughts more');
    expect(entryTitle(entrySummary({ title: '', excerpt: 'Words', templateId: 'gibbs' }), 'Gibbs')).toBe('Words');
  });

  it('names an entry with neither by its template, else by when it was begun: never one placeholder for all', () => {
    expect(entryTitle(entrySummary({ title: '', excerpt: '', templateId: 'gibbs' }), 'Gibbs’ cycle')).toBe(
      'Gibbs’ cycle',
    );
    const blank = (createdAt: string) => entryTitle(entrySummary({ title: '', excerpt: '', createdAt }));
    const time = (iso: string) => formatTime(new Date(iso));
    expect(blank('2025-11-17T09:05:00Z')).toBe(`Blank page, ${time('2025-11-17T09:05:00Z')}`);
    expect(blank('2025-11-17T09:05:00Z')).not.toBe(blank('2025-11-17T14:30:00Z'));
    expect(blank('2025-11-17T09:05:00Z')).not.toMatch(/Untitled/);
  });
});
