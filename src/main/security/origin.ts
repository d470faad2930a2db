/**
 * A URL's origin as a string, or null when it does not parse. Custom schemes have an opaque `origin`
 * ("null"), so theirs is rebuilt from the parts.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.origin
      : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Same scheme, host and port, so a host that merely begins like the base's (`…:5173.evil.com`) is refused. */
export function sameOrigin(url: string | undefined | null, base: string | undefined): boolean {
  const origin = originOf(url);
  return origin !== null && base !== undefined && origin === originOf(base);
}
