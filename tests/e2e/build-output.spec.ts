// Checks of the built files and the bridge itself: no browser needed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

async function builtFiles(dir: string, ext: string): Promise<Array<{ name: string; text: string }>> {
  const names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith(ext));
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

// `npm test` builds with `electron-vite build`, the production build `npm start` and `npm run dist` use.
test('the production main and preload carry no dev server, dev CSP or DevTools', async () => {
  const files = [...(await builtFiles('out/main', '.js')), ...(await builtFiles('out/preload', '.cjs'))];
  expect(files.map((f) => f.name)).toContain('index.js');
  for (const { name, text } of files) {
    for (const dev of ['ELECTRON_RENDERER_URL', 'localhost', 'devContentSecurityPolicy', 'onHeadersReceived']) {
      expect(text, `${name} mentions ${dev}`).not.toContain(dev);
    }
    expect(text, name).not.toMatch(/toggleDevTools|openDevTools|devTools: true/);
  }
});

test('the production renderer is minified', async () => {
  const scripts = await builtFiles('out/renderer/assets', '.js');
  expect(scripts.length).toBeGreaterThan(0);
  for (const { name, text } of scripts) {
    // A minified file is a few very long lines; a tiny lazily loaded chunk may be one short line.
    const lines = text.split('\n');
    expect(lines.length, `${name}: lines for its ${text.length} characters`).toBeLessThanOrEqual(
      Math.max(2, text.length / 1000),
    );
  }
});

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
