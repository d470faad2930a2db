const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Entries link only to the web and to email; the app opens these outside, after asking. */
export function isAllowedLinkUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
