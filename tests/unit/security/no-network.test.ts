// A static check of main and preload: no code path can fetch a remote URL. The browser side is checked in
// tests/e2e/no-network.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const sources = ['src/main', 'src/preload'].flatMap((dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => {
      const path = join(root, dir, name);
      // Comments may name hosts; only code counts.
      const code = readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      return { file: relative(root, path), code };
    }),
);

describe('main and preload reach no network', () => {
  it('import no networking module', () => {
    const networking = /from ['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]/;
    expect(sources.filter((s) => networking.test(s.code)).map((s) => s.file)).toEqual([]);
  });

  it('call no fetch, net.request, updater or download API', () => {
    const calls = /\bfetch\(|\bnet\.(request|fetch)|autoUpdater|downloadURL\(|\.download\(/;
    expect(sources.filter((s) => calls.test(s.code)).map((s) => s.file)).toEqual([]);
  });

  it('load pages only from app:// or, in development builds, the dev server', () => {
    const loads = sources.flatMap((s) => [...s.code.matchAll(/\.loadURL\(([^)]*)\)/g)].map((m) => m[1]));
    expect(loads.sort()).toEqual(['APP_ENTRY_URL', 'PRINT_URL', 'opts.devServerUrl']);
    // The supervision pack's print window loads its HTML from memory, through a scheme of its own.
    const printer = sources.find((s) => s.file === 'src/main/electron/pack-printer.ts')!.code;
    expect(printer).toMatch(/const PRINT_URL = `\$\{SCHEME\}:\/\/pack\/`;/);
    expect(printer).toContain("const SCHEME = 'landscape-print';");
  });

  it('name a remote address in one place only: the dictionary host, used after the person agrees', () => {
    const remote = sources.flatMap((s) =>
      [...s.code.matchAll(/\b(https?|wss?|ftp):\/\/[^'"`\s]*/g)].map((m) => `${s.file}: ${m[0]}`),
    );
    expect(remote).toEqual(['src/main/security/spellcheck.ts: https://${DICTIONARY_HOST}/edgedl/chrome/dict/']);
    const setters = sources.filter((s) => s.code.includes('setSpellCheckerDictionaryDownloadURL'));
    expect(setters.map((s) => s.file)).toEqual(['src/main/electron/spellcheck.ts']);
    expect(setters[0]!.code).toContain('setSpellCheckerDictionaryDownloadURL(plan.downloadUrl)');
  });

  it('open web links only through the confirming dialog', () => {
    const opens = sources.filter((s) => s.code.includes('openExternal('));
    expect(opens.map((s) => s.file)).toEqual(['src/main/electron/os-port.ts']);
    expect(opens[0]!.code).toMatch(
      /showMessageBox[\s\S]*?if \(response !== 0\) return false;\s*await shell\.openExternal/,
    );
  });

  it('apply the spellcheck plan before the first window is created', () => {
    const index = sources.find((s) => s.file === 'src/main/index.ts')!.code;
    expect(index.indexOf('applySpellcheck(')).toBeGreaterThan(-1);
    expect(index.indexOf('applySpellcheck(')).toBeLessThan(index.indexOf('createMainWindow('));
  });
});
