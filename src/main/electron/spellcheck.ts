import type { Session } from 'electron';
import type { SpellcheckSettings } from '@shared/settings';
import { spellcheckPlan } from '../security/spellcheck';

/** The download address is set first, so a language switched on can never reach the default CDN. */
export function applySpellcheck(session: Session, settings: SpellcheckSettings): void {
  const plan = spellcheckPlan(process.platform, settings);
  session.setSpellCheckerDictionaryDownloadURL(plan.downloadUrl);
  if (plan.languages.length > 0) session.setSpellCheckerLanguages(plan.languages);
  session.setSpellCheckerEnabled(plan.enabled);
}
