import { describe, expect, it } from 'vitest';
import { safeFileStem, uniqueNames } from '../../../src/main/core/export/file-names';
import { paperForLocale } from '../../../src/main/core/export/pack-printer';

describe('file names', () => {
  it('removes separators, control and format characters, and characters Windows refuses', () => {
    expect(safeFileStem('2026-11-23 a/b\\c: "d"? <e> |f* \u0007g\u202eh')).toBe('2026-11-23 a b c d e f g h');
    expect(safeFileStem('  ..hidden. ')).toBe('hidden');
    expect(safeFileStem('///')).toBe('Untitled');
    expect(safeFileStem('CON')).toBe('_CON');
    expect([...safeFileStem('ж'.repeat(300))]).toHaveLength(100);
  });

  it('numbers names that are taken, ignoring case', () => {
    const name = uniqueNames();
    expect([name('Day', 'md'), name('day', 'md'), name('Day', 'md'), name('Day', 'zip')]).toEqual([
      'Day.md',
      'day (2).md',
      'Day (3).md',
      'Day.zip',
    ]);
  });
});

describe('paper from the locale', () => {
  it('prints on Letter in the Americas that use it and on A4 elsewhere', () => {
    expect(['en-US', 'es-MX', 'fr-CA', 'en-PH'].map(paperForLocale)).toEqual(['Letter', 'Letter', 'Letter', 'Letter']);
    expect(['en-GB', 'de', 'fr-FR', 'ja-JP', 'not a locale'].map(paperForLocale)).toEqual([
      'A4',
      'A4',
      'A4',
      'A4',
      'A4',
    ]);
  });
});
