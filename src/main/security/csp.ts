/**
 * The Content-Security-Policy for every page. Production allows only the app's own origin;
 * development also allows the Vite server (and the inline preamble React Refresh needs).
 */
export function contentSecurityPolicy(options: { devServerUrl?: string } = {}): string {
  const dev = options.devServerUrl ? new URL(options.devServerUrl).origin : null;
  const self = dev ? `'self' ${dev}` : "'self'";
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': dev ? `${self} 'unsafe-inline'` : "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': dev ? `${self} ${dev.replace(/^http/, 'ws')}` : "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
    'frame-src': "'none'",
    'worker-src': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
