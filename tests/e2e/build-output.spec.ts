// Checks of the built files and the bridge itself: no browser needed.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('the built preload is one CommonJS file that requires only electron', async () => {
  const preload = await readFile('out/preload/index.cjs', 'utf8');
  expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  expect(preload).not.toMatch(/^\s*import\s/m);
  expect(preload).toContain('exposeInMainWorld("landscape"');
});

test('the loopback bridge listens on 127.0.0.1 and refuses calls without its token', async ({ bridge }) => {
  expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
  const call = (headers: Record<string, string>) =>
    fetch(`${bridge.url}/__bridge/invoke/vault:status`, { method: 'POST', headers, body: '{}' });
  expect((await call({})).status).toBe(403);
  expect((await call({ 'x-bridge-token': 'guess' })).status).toBe(403);
  const ok = await call({ 'x-bridge-token': bridge.token });
  expect(await ok.json()).toMatchObject({ ok: true, value: { state: 'none' } });
});

test('the page is served with the production CSP', async ({ bridge }) => {
  const response = await fetch(`${bridge.url}/index.html`);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});
