import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../src/main/security/app-protocol-path';
import { isOpenableExternalUrl } from '../../../src/main/security/external-links';
import { sameOrigin } from '../../../src/main/security/origin';
import { isTrustedSenderUrl } from '../../../src/main/security/trusted-sender';

describe('IPC sender check', () => {
  it('trusts the app page only', () => {
    expect(isTrustedSenderUrl('app://landscape/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://other/index.html')).toBe(false);
    expect(isTrustedSenderUrl('https://example.org/')).toBe(false);
    expect(isTrustedSenderUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedSenderUrl('')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isTrustedSenderUrl('not a url')).toBe(false);
  });

  it('trusts the dev server only when one is given', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:9999/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173.evil.com/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173@evil.com/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedSenderUrl('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
  });
});

describe('navigation in development', () => {
  it('compares parsed origins, not string prefixes', () => {
    const dev = 'http://localhost:5173';
    expect(sameOrigin('http://localhost:5173/index.html?x=1', dev)).toBe(true);
    expect(sameOrigin('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(sameOrigin('http://localhost:5173@evil.com/', dev)).toBe(false);
    expect(sameOrigin('http://localhost:51730/', dev)).toBe(false);
    expect(sameOrigin('http://localhost:5173/', undefined)).toBe(false);
    expect(sameOrigin('not a url', dev)).toBe(false);
  });
});

describe('app:// file mapping', () => {
  const root = join('/srv', 'renderer');
  it('maps paths under the renderer root', () => {
    expect(resolveAppFile('app://landscape/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://landscape/assets/a.js', root)).toBe(join(root, 'assets/a.js'));
  });
  it('refuses other hosts and escapes', () => {
    expect(resolveAppFile('app://evil/index.html', root)).toBeNull();
    expect(resolveAppFile('app://landscape/../../etc/passwd', root)).toBe(join(root, 'etc/passwd'));
    expect(resolveAppFile('app://landscape/..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppFile('app://landscape/a%00b', root)).toBeNull();
    expect(resolveAppFile('https://landscape/index.html', root)).toBeNull();
  });
});

describe('external links', () => {
  it('opens only web links', () => {
    expect(isOpenableExternalUrl('https://www.wenger-trayner.com/')).toBe(true);
    expect(isOpenableExternalUrl('http://example.org')).toBe(true);
    expect(isOpenableExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isOpenableExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableExternalUrl('smb://server/share')).toBe(false);
    expect(isOpenableExternalUrl('nonsense')).toBe(false);
  });
});
