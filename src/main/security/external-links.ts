import { domainToUnicode } from 'node:url';

/** Longer than any link a person means to follow; long ones hide their real host past the dialog's edge. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export type ExternalLink =
  | {
      ok: true;
      /** The normalised URL (WHATWG `URL.href`, host in punycode): what the browser is handed. */
      href: string;
      /** What the dialog shows: the host readable when it is one script, punycode when scripts mix. */
      shown: string;
      host: string;
    }
  | { ok: false; reason: string };

/** Bidi embeddings, overrides, isolates and marks, and zero-width characters: they reorder or hide text. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * The policy for links leaving the app: only http(s) to a named host, without credentials (which
 * make `https://bank.example@evil.example/` look like the bank), not too long, and shown as the
 * browser will read them.
 */
export function externalLink(raw: string): ExternalLink {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return { ok: false, reason: 'too long' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'not a web link' };
  if (!url.hostname) return { ok: false, reason: 'no host' };
  if (url.username || url.password) return { ok: false, reason: 'carries a user name or password' };
  if (url.href.length > MAX_EXTERNAL_URL_LENGTH) return { ok: false, reason: 'too long' };
  const host = displayHost(url.hostname);
  const shown = url.href.replace(url.host, url.port ? `${host}:${url.port}` : host).replace(INVISIBLE, '');
  return { ok: true, href: url.href, shown, host };
}

/** Only web links may leave the app, and only after the person says yes. */
export function isOpenableExternalUrl(url: string): boolean {
  return externalLink(url).ok;
}

/** Scripts that are written together in one language count as one. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
];

/**
 * The host as a person should see it: in its own letters when they are all of one script, in
 * punycode (`xn--…`) when scripts mix, as `аpple.com` (a Cyrillic а) does to pass for apple.com.
 */
function displayHost(ascii: string): string {
  const unicode = domainToUnicode(ascii);
  if (!unicode || unicode === ascii) return ascii;
  const seen = new Set<string>();
  for (const ch of unicode) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    seen.add(script);
  }
  return seen.size > 1 || seen.has('other') ? ascii : unicode.replace(INVISIBLE, '');
}
