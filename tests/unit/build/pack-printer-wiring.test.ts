// The Electron PDF printer cannot run without an Electron binary; its safety settings are checked from the source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the Electron pack printer', () => {
  const printer = read('src/main/electron/pack-printer.ts');

  it('prints in a hidden, sandboxed window with JavaScript off, in a session that loads only the pack', () => {
    expect(printer).toMatch(/show: false/);
    expect(printer).toMatch(/sandbox: true/);
    expect(printer).toMatch(/javascript: false/);
    expect(printer).toMatch(/nodeIntegration: false/);
    expect(printer).toMatch(
      /onBeforeRequest\(\(details, callback\) => callback\(\{ cancel: details\.url !== PRINT_URL \}\)\)/,
    );
    expect(printer).toMatch(/printToPDF\(\{[\s\S]*displayHeaderFooter: true[\s\S]*footerTemplate/);
  });

  it('serves the HTML from memory and writes no file of its own', () => {
    expect(printer).toMatch(/protocol\.handle\(SCHEME/);
    expect(printer).not.toMatch(/node:fs|writeFile|tmpdir/);
  });

  it('is what main passes to the app, with the paper size from the OS locale', () => {
    const index = read('src/main/index.ts');
    expect(index).toMatch(/printer: electronPackPrinter\(\)/);
    expect(index).toMatch(/paper: \(\) => paperForLocale\(app\.getSystemLocale\(\)\)/);
  });
});
