import { contentSecurityPolicy, PRODUCTION_CSP } from './csp';

/**
 * `electron-vite dev` only: the production policy, plus the Vite server, its websocket and the inline
 * preamble React Refresh needs. Production bundles never import this (tests/e2e/build-output.spec.ts).
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const dev = new URL(devServerUrl).origin;
  return contentSecurityPolicy({
    ...PRODUCTION_CSP,
    'script-src': `'self' ${dev} 'unsafe-inline'`,
    'connect-src': `'self' ${dev} ${dev.replace(/^http/, 'ws')}`,
  });
}
