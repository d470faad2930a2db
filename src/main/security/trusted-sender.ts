import { APP_ORIGIN } from './app-origin';

/** IPC is answered only for the app's own page: the custom scheme, or the dev server in development. */
export function isTrustedSenderUrl(url: string | undefined | null, devServerUrl?: string): boolean {
  if (!url) return false;
  let origin: string;
  try {
    const parsed = new URL(url);
    // Custom schemes have an opaque `origin` ("null"); rebuild it from the parts.
    origin =
      parsed.protocol === 'http:' || parsed.protocol === 'https:'
        ? parsed.origin
        : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return false;
  }
  if (origin === APP_ORIGIN) return true;
  return devServerUrl !== undefined && origin === new URL(devServerUrl).origin;
}
