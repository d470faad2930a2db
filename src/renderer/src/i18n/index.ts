// The one way to look up a UI string: `t('feature.key', values)`, or <Trans> (react-i18next) for words
// around markup. The language is chosen once, before the first render, from the OS's preferred languages.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { formatNumber, setFormatLocale } from './locale';
import { pseudoCatalogue } from './pseudo';

/** The accented, bracketed English that browser tests use to find words not in the catalogue. */
export const PSEUDO_LOCALE = 'en-XA';
const LANGUAGES = ['en', PSEUDO_LOCALE] as const;

const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  resources: { en: { translation: en } },
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});
// Numbers in the words ("{{count, number}} entries") follow the OS's format, not the words' language.
i18n.services.formatter?.add('number', (value: number) => formatNumber(value));

export const t = i18n.t.bind(i18n);

/** The first of the OS's languages the catalogue has (and the OS's own tag for it), else English. */
export function pickLanguage(languages: readonly string[]): { language: (typeof LANGUAGES)[number]; tag: string } {
  for (const tag of languages) {
    if (tag === PSEUDO_LOCALE) return { language: PSEUDO_LOCALE, tag };
    if (tag.split('-')[0]?.toLowerCase() === 'en') return { language: 'en', tag };
  }
  return { language: 'en', tag: 'en' };
}

/** Sets the words and the formats from what main reports about the OS. */
export async function startLocale(os: { locale: string; languages: readonly string[] }): Promise<void> {
  setFormatLocale(os.locale);
  const { language, tag } = pickLanguage(os.languages);
  if (language === PSEUDO_LOCALE && !i18n.hasResourceBundle(PSEUDO_LOCALE, 'translation'))
    i18n.addResourceBundle(PSEUDO_LOCALE, 'translation', pseudoCatalogue(en));
  await i18n.changeLanguage(language);
  document.documentElement.lang = tag;
}

export { i18n };
