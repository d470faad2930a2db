import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/main/security/csp';
import { devContentSecurityPolicy } from '../../../src/main/security/dev-csp';

const parse = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('content security policy', () => {
  const csp = parse(contentSecurityPolicy());

  it('allows only the app itself by default', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
  });

  it('never allows eval or inline script in production', () => {
    const all = Object.values(csp).flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
  });

  it('names no remote origin', () => {
    const all = Object.values(csp).flat();
    expect(all.filter((v) => /^(https?|wss?):/.test(v))).toEqual([]);
  });

  it('shuts objects, frames, forms, workers and base-uri', () => {
    for (const d of ['object-src', 'frame-src', 'form-action', 'frame-ancestors', 'base-uri', 'worker-src']) {
      expect(csp[d]).toEqual(["'none'"]);
    }
  });

  it('lets only the local dev server in, in development', () => {
    const dev = parse(devContentSecurityPolicy('http://localhost:5173/'));
    expect(dev['script-src']).toContain('http://localhost:5173');
    expect(dev['connect-src']).toContain('ws://localhost:5173');
    expect(Object.values(dev).flat()).not.toContain("'unsafe-eval'");
  });
});
