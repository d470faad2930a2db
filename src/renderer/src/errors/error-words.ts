import type { ErrorCode } from '@shared/errors';
import { CallError } from '../bridge';
import { t } from '../i18n';

export interface ErrorWords {
  code: ErrorCode;
  heading: string;
  detail: string;
}

export function errorWords(error: unknown): ErrorWords {
  if (error instanceof CallError) {
    const heading = t(`errors.headings.${error.code}`);
    return { code: error.code, heading, detail: saidOnce(heading, error.message) };
  }
  return {
    code: 'INTERNAL',
    heading: t('errors.headings.INTERNAL'),
    detail: t('errors.unexpected'),
  };
}

// The heading is written here per code and the detail in main per case, so the two can state the same fact
// ("…does not open this journal. …does not open this vault."). A person hears these words as one.
const SAME_WORD: Record<string, string> = { vault: 'journal', cannot: 'not', 'can’t': 'not', "can't": 'not' };
const FILLER = new Set(['the', 'this', 'that', 'your', 'a', 'an', 'it', 'is', 'does', 't', 'here']);

function gist(sentence: string): string {
  return sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}’']+/u)
    .map((word) => SAME_WORD[word] ?? word)
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

/** Main's message less any sentence that says again what the heading or an earlier sentence said. */
function saidOnce(heading: string, message: string): string {
  const seen = new Set([gist(heading)]);
  const kept: string[] = [];
  for (const sentence of message.split(/(?<=[.!?])\s+/)) {
    const key = gist(sentence);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(sentence.trim());
  }
  return kept.join(' ');
}
