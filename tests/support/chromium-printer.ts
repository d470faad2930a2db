// The test bridge's and the benchmarks' PackPrinter: the same HTML printed by real Chromium
// (Playwright's page.pdf), as Electron's printToPDF does in the app. JavaScript stays off.
import { type Browser, chromium } from '@playwright/test';
import type { PackPrinter, Paper, PrintOptions } from '../../src/main/core/export/pack-printer';
import { chromiumLaunchOptions } from './chromium';

const PAGE_PX: Record<Paper, { width: number; height: number }> = {
  A4: { width: 794, height: 1123 },
  Letter: { width: 816, height: 1056 },
};

export interface ChromiumPrinter extends PackPrinter {
  close(): Promise<void>;
}

export function chromiumPrinter(): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = () => (browser ??= chromium.launch(chromiumLaunchOptions()));
  const page = async (html: string, viewport?: { width: number; height: number }) => {
    const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true, viewport });
    const tab = await context.newPage();
    await tab.setContent(html, { waitUntil: 'load' });
    return { tab, context };
  };
  return {
    async pdf(html: string, options: PrintOptions) {
      const { tab, context } = await page(html);
      try {
        const mm = (value: number) => `${value}mm`;
        const bytes = await tab.pdf({
          format: options.paper,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerHtml,
          margin: {
            top: mm(options.margins.top),
            right: mm(options.margins.right),
            bottom: mm(options.margins.bottom),
            left: mm(options.margins.left),
          },
        });
        return new Uint8Array(bytes);
      } finally {
        await context.close();
      }
    },
    async firstPage(html: string, paper: Paper) {
      const { tab, context } = await page(html, PAGE_PX[paper]);
      try {
        await tab.emulateMedia({ media: 'print' });
        return new Uint8Array(await tab.screenshot({ type: 'png' }));
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
