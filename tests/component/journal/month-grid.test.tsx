import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, mondayOf } from '../../../src/renderer/src/dates/calendar-day';
import { monthGrid, sameDayInMonth, stepDate } from '../../../src/renderer/src/features/calendar/month-grid';

const inMonth = (month: string) =>
  monthGrid(month)
    .flat()
    .filter((d) => d.inMonth)
    .map((d) => d.day);

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with the days of the months around it', () => {
    // 1 November 2025 is a Saturday; 30 November a Sunday.
    const weeks = monthGrid('2025-11');
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0].map((d) => d.date)).toEqual([
      '2025-10-27',
      '2025-10-28',
      '2025-10-29',
      '2025-10-30',
      '2025-10-31',
      '2025-11-01',
      '2025-11-02',
    ]);
    expect(weeks[0].map((d) => d.inMonth)).toEqual([false, false, false, false, false, true, true]);
    expect(weeks[4].at(-1)).toEqual({ date: '2025-11-30', day: 30, inMonth: true });
  });

  it('adds trailing days from the next month to finish the last week', () => {
    // 31 December 2025 is a Wednesday.
    const last = monthGrid('2025-12').at(-1)!;
    expect(last.map((d) => [d.day, d.inMonth])).toEqual([
      [29, true],
      [30, true],
      [31, true],
      [1, false],
      [2, false],
      [3, false],
      [4, false],
    ]);
    expect(last[3].date).toBe('2026-01-01');
  });

  it('needs no padding when a month starts on Monday and ends on Sunday', () => {
    // February 2021: 28 days from Monday 1st.
    const weeks = monthGrid('2021-02');
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((d) => d.inMonth)).toBe(true);
  });

  it('uses six weeks when a long month starts late in the week', () => {
    // 1 March 2026 is a Sunday.
    const weeks = monthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0].filter((d) => d.inMonth).map((d) => d.date)).toEqual(['2026-03-01']);
  });

  it('gives February 29 days in a leap year and 28 otherwise', () => {
    expect(inMonth('2024-02')).toHaveLength(29);
    expect(inMonth('2025-02')).toHaveLength(28);
    expect(inMonth('2000-02')).toHaveLength(29);
    expect(inMonth('1900-02')).toHaveLength(28);
    expect(monthGrid('2024-02').flat().at(-1)!.date).toBe('2024-03-03');
  });
});

describe('calendar steps', () => {
  it('moves by day, week, week edge and month', () => {
    expect(stepDate('2025-11-18', 'ArrowLeft')).toBe('2025-11-17');
    expect(stepDate('2025-11-30', 'ArrowRight')).toBe('2025-12-01');
    expect(stepDate('2025-11-03', 'ArrowUp')).toBe('2025-10-27');
    expect(stepDate('2025-11-28', 'ArrowDown')).toBe('2025-12-05');
    expect(stepDate('2025-11-19', 'Home')).toBe('2025-11-17');
    expect(stepDate('2025-11-19', 'End')).toBe('2025-11-23');
    expect(stepDate('2025-11-19', 'PageUp')).toBe('2025-10-19');
    expect(stepDate('2025-11-19', 'Tab')).toBeNull();
  });

  it('keeps the day inside a shorter month', () => {
    expect(sameDayInMonth('2024-01-31', 1)).toBe('2024-02-29');
    expect(sameDayInMonth('2025-01-31', 1)).toBe('2025-02-28');
    expect(sameDayInMonth('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('does month and week arithmetic across years', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(daysInMonth('2024-02')).toBe(29);
    expect(mondayOf('2026-01-04')).toBe('2025-12-29');
  });
});
