import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/renderer/src/dates/calendar-day';
import { formatNumericDay, parseNumericDay } from '../../../src/renderer/src/dates/numeric-day';
import { regionFirstDay } from '../../../src/renderer/src/dates/week-start';

const LOCALES = ['en-GB', 'en-US', 'de-DE', 'ja-JP', 'fr-CA', 'ar-EG', 'fa-IR', 'hi-IN', 'ko-KR', 'nl-NL'];

describe('days in the region’s figures', () => {
  it('writes the day in each region’s order', () => {
    expect(formatNumericDay('2026-11-30', 'en-GB')).toBe('30/11/2026');
    expect(formatNumericDay('2026-11-30', 'en-US')).toBe('11/30/2026');
    expect(formatNumericDay('2026-11-30', 'de-DE')).toBe('30.11.2026');
    expect(formatNumericDay('2026-11-30', 'ja-JP')).toBe('2026/11/30');
    // Arabic and Persian regions: the stored (Gregorian) day in Latin figures, without direction marks.
    expect(formatNumericDay('2026-11-30', 'ar-EG')).toBe('30/11/2026');
    expect(formatNumericDay('2026-11-30', 'fa-IR')).toBe('2026/11/30');
  });

  it('reads back what it writes, for any day and region', () => {
    const days = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays('1900-01-01', n));
    fc.assert(
      fc.property(days, fc.constantFrom(...LOCALES), (day, locale) => {
        expect(parseNumericDay(formatNumericDay(day, locale), locale)).toBe(day);
      }),
    );
  });

  it('reads the region’s order with any separator or none padded, and ISO days anywhere', () => {
    expect(parseNumericDay('1/12/2026', 'en-GB')).toBe('2026-12-01');
    expect(parseNumericDay('1/12/2026', 'en-US')).toBe('2026-01-12');
    expect(parseNumericDay(' 30-11-2026 ', 'en-GB')).toBe('2026-11-30');
    expect(parseNumericDay('30 11 2026', 'de-DE')).toBe('2026-11-30');
    expect(parseNumericDay('2026-11-30', 'en-US')).toBe('2026-11-30');
  });

  it('refuses what is not a day of the calendar', () => {
    for (const text of ['31/11/2026', '29/02/2025', '00/10/2026', '12/13/2026', '30/11/26', '30/11', 'today', ''])
      expect(parseNumericDay(text, 'en-GB'), text).toBeNull();
    expect(parseNumericDay('29/02/2028', 'en-GB')).toBe('2028-02-29');
    expect(parseNumericDay('13/12/2026', 'en-US')).toBeNull();
  });
});

describe('the region’s first day of the week', () => {
  it('is Monday in Britain, Sunday in the United States, Saturday in Egypt', () => {
    expect(regionFirstDay('en-GB')).toBe(1);
    expect(regionFirstDay('en-US')).toBe(0);
    expect(regionFirstDay('ar-EG')).toBe(6);
  });

  it('falls back to Monday for a tag Intl cannot read', () => {
    expect(regionFirstDay('not a tag!')).toBe(1);
  });
});
