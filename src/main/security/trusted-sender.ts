import { APP_ORIGIN } from './app-origin';
import { originOf, sameOrigin } from './origin';

/** IPC is answered only for the app's own page: the custom scheme, or the dev server in development. */
export function isTrustedSenderUrl(url: string | undefined | null, devServerUrl?: string): boolean {
  return originOf(url) === APP_ORIGIN || sameOrigin(url, devServerUrl);
}
