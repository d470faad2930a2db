// Draws resources/icon.png (1024 × 1024, as macOS wants) from resources/icon.svg with the browser tests'
// Chromium, so the icon has one source. `node scripts/make-icon.mjs` after changing the SVG.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { localChromium } from './chromium.mjs';

const SIZE = 1024;
const found = localChromium();
if (!found.found) throw new Error(`No Chromium to draw the icon with: ${found.reason}`);
const browser = await chromium.launch({ executablePath: found.executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const svg = await readFile(new URL('../resources/icon.svg', import.meta.url), 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  await writeFile(new URL('../resources/icon.png', import.meta.url), png);
  console.log(`Wrote resources/icon.png (${SIZE} × ${SIZE}, ${png.length} bytes)`);
} finally {
  await browser.close();
}
