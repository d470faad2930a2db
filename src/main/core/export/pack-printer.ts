import { escapeHtml } from './pack-html';

/** Paper sizes a pack is printed on. */
export type Paper = 'A4' | 'Letter';

export interface PrintOptions {
  paper: Paper;
  /** Millimetres; the bottom one leaves room for the footer. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Chromium's footer template: `pageNumber` and `totalPages` spans are filled in per page. */
  footerHtml: string;
}

/**
 * Prints a pack's HTML. Electron prints it in a hidden, sandboxed window with JavaScript off
 * (src/main/electron/pack-printer.ts); tests and the bridge print it with Chromium through
 * Playwright. Neither writes the HTML anywhere.
 */
export interface PackPrinter {
  pdf(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** A PNG of the first page, for the export preview. */
  firstPage(html: string, paper: Paper): Promise<Uint8Array>;
}

// CLDR's Letter-paper regions; everywhere else prints on A4.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'BZ', 'CL', 'CO', 'CR', 'GT', 'NI', 'PA', 'PH', 'PR', 'SV', 'VE']);

/** "en-US" → Letter, "en-GB" or "fr" → A4. */
export function paperForLocale(locale: string): Paper {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

export function printOptions(paper: Paper, generatedOn: string): PrintOptions {
  const style = 'font-family: Georgia, serif; font-size: 8pt; color: #5b5750; width: 100%; text-align: center;';
  return {
    paper,
    margins: { top: 20, right: 20, bottom: 22, left: 20 },
    footerHtml:
      `<div style="${style}">Made ${escapeHtml(generatedOn)} · Page <span class="pageNumber"></span>` +
      ` of <span class="totalPages"></span></div>`,
  };
}
