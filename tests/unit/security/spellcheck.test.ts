import { describe, expect, it } from 'vitest';
import { DICTIONARY_HOST, needsDictionaryConsent } from '@shared/settings';
import { NO_DOWNLOAD_URL, spellcheckPlan } from '../../../src/main/security/spellcheck';

const british = { language: 'en-GB', dictionaryDownloadAllowed: false };

describe('spellcheck never downloads without consent', () => {
  it.each(['linux', 'win32'])(
    'on %s, stays off and points downloads at the app itself until the person agrees',
    (os) => {
      const plan = spellcheckPlan(os, british);
      expect(plan).toEqual({ enabled: false, languages: [], downloadUrl: NO_DOWNLOAD_URL });
      expect(new URL(plan.downloadUrl).protocol).toBe('app:');
      expect(needsDictionaryConsent(os, british)).toBe(true);
    },
  );

  it('after consent, checks the chosen language with a dictionary from the named host', () => {
    const plan = spellcheckPlan('linux', { ...british, dictionaryDownloadAllowed: true });
    expect(plan.enabled).toBe(true);
    expect(plan.languages).toEqual(['en-GB']);
    expect(new URL(plan.downloadUrl).host).toBe(DICTIONARY_HOST);
    expect(needsDictionaryConsent('linux', { ...british, dictionaryDownloadAllowed: true })).toBe(false);
  });

  it('turned off, it asks nothing and fetches nothing, even with consent given before', () => {
    const off = { language: null, dictionaryDownloadAllowed: true };
    expect(spellcheckPlan('win32', off)).toEqual({ enabled: false, languages: [], downloadUrl: NO_DOWNLOAD_URL });
    expect(needsDictionaryConsent('win32', off)).toBe(false);
  });

  it("uses macOS's own checker there, which downloads nothing, so it needs no consent", () => {
    expect(spellcheckPlan('darwin', british)).toEqual({ enabled: true, languages: [], downloadUrl: NO_DOWNLOAD_URL });
    expect(needsDictionaryConsent('darwin', british)).toBe(false);
  });
});
