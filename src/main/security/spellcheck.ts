import { DICTIONARY_HOST, type SpellcheckSettings } from '@shared/settings';
import { APP_ORIGIN } from './app-origin';

const DICTIONARY_URL = `https://${DICTIONARY_HOST}/edgedl/chrome/dict/`;
/** Until the person agrees, dictionaries are looked for on the app's own origin, which has none: nothing leaves. */
export const NO_DOWNLOAD_URL = `${APP_ORIGIN}/no-dictionaries/`;

export interface SpellcheckPlan {
  enabled: boolean;
  /** Empty leaves the languages alone (macOS picks its own). */
  languages: string[];
  downloadUrl: string;
}

/** What the session is told, before any window exists and after every change. */
export function spellcheckPlan(platform: string, settings: SpellcheckSettings): SpellcheckPlan {
  if (platform === 'darwin')
    return { enabled: settings.language !== null, languages: [], downloadUrl: NO_DOWNLOAD_URL };
  const allowed = settings.language !== null && settings.dictionaryDownloadAllowed;
  return allowed
    ? { enabled: true, languages: [settings.language!], downloadUrl: DICTIONARY_URL }
    : { enabled: false, languages: [], downloadUrl: NO_DOWNLOAD_URL };
}
