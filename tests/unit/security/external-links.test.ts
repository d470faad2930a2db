import { describe, expect, it } from 'vitest';
import { externalLink, MAX_EXTERNAL_URL_LENGTH } from '../../../src/main/security/external-links';

const refused = (raw: string) => expect(externalLink(raw).ok, raw).toBe(false);
const shown = (raw: string) => {
  const link = externalLink(raw);
  if (!link.ok) throw new Error(`${raw} was refused: ${link.reason}`);
  return link;
};

describe('external link policy: the attack list', () => {
  it.each([
    'https://bank.example@evil.example/',
    'https://bank.example:secret@evil.example/',
    'http://user@example.org',
    'https://:pw@example.org/',
    'https://www.paypal.com%40evil.example/', // percent-encoded @ in the host does not parse as a host
    'HTTPS://bank.example@evil.example/login',
  ])('refuses credentials: %s', refused);

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-settings:privacy',
    'mailto:someone@example.org',
    'https://',
    'nonsense',
    '//evil.example/',
  ])('refuses what is not an http(s) link to a host: %s', refused);

  it('refuses links longer than the cap, and accepts one just within it', () => {
    const base = 'https://example.org/';
    refused(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH));
    expect(externalLink(base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length)).ok).toBe(true);
    // Normalising can lengthen a link (each space becomes %20): the cap holds for what is handed on.
    refused(base + 'x '.repeat((MAX_EXTERNAL_URL_LENGTH - base.length) / 2 - 1) + 'x');
  });

  it.each([
    ['https://аpple.com/', 'xn--pple-43d.com'], // Cyrillic а among Latin letters
    ['https://pаypal.com/login', 'xn--pypal-4ve.com'],
    ['https://gοogle.com/', 'xn--gogle-rce.com'], // Greek ο
    ['https://аррӏе.com/', 'xn--80ak6aa92e.com'], // all Cyrillic, under a Latin top-level domain
    ['https://microsoft.сом/', 'microsoft.xn--l1adi'],
  ])('shows a host that mixes scripts in punycode: %s', (raw, host) => {
    const link = shown(raw);
    expect(link.host).toBe(host);
    expect(link.shown).toContain(host);
    expect(link.href).toContain(host);
  });

  it.each([
    ['https://münchen.de/', 'münchen.de'],
    ['https://пример.рф/', 'пример.рф'],
    ['https://example.org/', 'example.org'],
  ])('shows a host of one script readably: %s', (raw, host) => {
    const link = shown(raw);
    expect(link.host).toBe(host);
    expect(link.shown).toBe(`https://${host}/`);
    expect(link.href).not.toMatch(/[^\x20-\x7e]/); // the browser gets punycode and percent-encoding
  });

  it.each([
    'https://example.org/\u202Egnp.exe',
    'https://example.org/?q=\u2066evil\u2069',
    'https://example.org/#\u200Fmark\u200E',
    'https://example.org/\u202Atxt\u202C\u200B\uFEFF',
  ])('strips bidi and invisible controls from what the dialog shows: %j', (raw) => {
    const link = shown(raw);
    expect(link.shown).not.toMatch(/[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
    expect(link.href).not.toMatch(/[^\x20-\x7e]/);
  });

  it('hands on the normalised href, never the raw string', () => {
    const link = shown('HTTPS://Example.ORG:443/a b/../c?x=<y>#frag');
    expect(link.href).toBe('https://example.org/c?x=%3Cy%3E#frag');
    expect(shown(' \thttps://example.org/pa\nth ').href).toBe('https://example.org/path');
  });

  it('keeps a port in what it shows', () => {
    expect(shown('http://example.org:8080/x').shown).toBe('http://example.org:8080/x');
  });
});
