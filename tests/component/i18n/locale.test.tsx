import { afterEach, describe, expect, it } from 'vitest';
import { formatDayHeading, formatMoment, formatWeekOf, weekdays } from '../../../src/renderer/src/dates/date-words';
import { i18n, pickLanguage, PSEUDO_LOCALE, startLocale, t } from '../../../src/renderer/src/i18n';
import { en } from '../../../src/renderer/src/i18n/en';
import { formatLocale, formatNumber } from '../../../src/renderer/src/i18n/locale';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCatalogue, pseudoString } from '../../../src/renderer/src/i18n/pseudo';

afterEach(() => startLocale({ locale: 'en-GB', languages: ['en-GB'] }));

describe('the OS locale', () => {
  it('formats dates and numbers in the regional format main reports', async () => {
    expect(formatWeekOf('2025-11-17')).toBe('Week of 17 November 2025');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    await startLocale({ locale: 'de-DE', languages: ['en-GB'] });
    expect(formatLocale()).toBe('de-DE');
    expect(formatWeekOf('2025-11-17')).toBe('Week of 17. November 2025');
    expect(formatDayHeading('2025-11-18')).toBe('Dienstag 18. November');
    expect(weekdays()[0]).toEqual({ short: 'Mo', long: 'Montag' });
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(t('errors.crashDetail', { message: 'x' })).toBe('Your saved entries are safe. The problem was: x');
  });

  it('keeps the format it has when the tag is malformed', async () => {
    await startLocale({ locale: 'not a tag!', languages: ['en'] });
    expect(formatLocale()).toBe('en-GB');
    expect(formatMoment('not a time')).toBe('not a time');
  });

  it('chooses the first of the OS languages the catalogue has, else English', () => {
    expect(pickLanguage(['fr-FR', 'en-US'])).toEqual({ language: 'en', tag: 'en-US' });
    expect(pickLanguage(['fr-FR'])).toEqual({ language: 'en', tag: 'en' });
    expect(pickLanguage(['en-XA', 'en-GB'])).toEqual({ language: PSEUDO_LOCALE, tag: 'en-XA' });
  });

  it('marks the page with the language it shows', async () => {
    await startLocale({ locale: 'en-US', languages: ['en-US'] });
    expect(document.documentElement.lang).toBe('en-US');
    expect(i18n.language).toBe('en');
  });
});

describe('the pseudo-locale', () => {
  it('accents and brackets every letter but keeps placeholders, nesting and tags', () => {
    expect(pseudoString('Week of {{date}}')).toBe(`${PSEUDO_OPEN}Ŵééķ öƒ {{date}}${PSEUDO_CLOSE}`);
    expect(pseudoString('<0>{{name}}</0>, made $t(dates.weekOf)')).toBe(
      `${PSEUDO_OPEN}<0>{{name}}</0>, ɱàđé $t(dates.weekOf)${PSEUDO_CLOSE}`,
    );
  });

  it('is made from every English string, nested as the English is', () => {
    const pseudo = pseudoCatalogue(en);
    expect(pseudo.errors.headings.DISK_FULL).toBe(pseudoString(en.errors.headings.DISK_FULL));
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
  });

  it('is what t() returns once the OS asks for en-XA, with values intact', async () => {
    await startLocale({ locale: 'en-GB', languages: [PSEUDO_LOCALE] });
    expect(t('errors.retry')).toBe(`${PSEUDO_OPEN}Ŕéţŕý${PSEUDO_CLOSE}`);
    expect(formatWeekOf('2025-11-17')).toBe(`${PSEUDO_OPEN}Ŵééķ öƒ 17 November 2025${PSEUDO_CLOSE}`);
  });
});
