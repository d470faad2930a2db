// Electron glue for printing a supervision pack: its HTML is served from memory to a hidden,
// sandboxed window with JavaScript off, in a session of its own that may load nothing else.
// Nothing is written to disk; the caller writes the PDF where the person chose.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session } from 'electron';
import type { PackPrinter, Paper, PrintOptions } from '../core/export/pack-printer';

const SCHEME = 'landscape-print';
/** The only page the print window loads: the pack, served from memory by the handler below. */
const PRINT_URL = `${SCHEME}://pack/`;
const PAGE_PX: Record<Paper, { width: number; height: number }> = {
  A4: { width: 794, height: 1123 },
  Letter: { width: 816, height: 1056 },
};
const inches = (mm: number) => mm / 25.4;

async function withPage<T>(
  html: string,
  size: { width: number; height: number },
  use: (win: BrowserWindow) => Promise<T>,
) {
  const partition = `landscape-print-${randomUUID()}`;
  const ses = session.fromPartition(partition, { cache: false });
  ses.protocol.handle(SCHEME, () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== PRINT_URL }));
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const win = new BrowserWindow({
    show: false,
    ...size,
    webPreferences: {
      session: ses,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    await win.loadURL(PRINT_URL);
    return await use(win);
  } finally {
    win.destroy();
    ses.protocol.unhandle(SCHEME);
    await ses.clearStorageData();
  }
}

export function electronPackPrinter(): PackPrinter {
  return {
    pdf: (html: string, options: PrintOptions) =>
      withPage(html, PAGE_PX[options.paper], async (win) => {
        const data = await win.webContents.printToPDF({
          pageSize: options.paper,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerHtml,
          margins: {
            top: inches(options.margins.top),
            right: inches(options.margins.right),
            bottom: inches(options.margins.bottom),
            left: inches(options.margins.left),
          },
        });
        return new Uint8Array(data);
      }),
    firstPage: (html: string, paper: Paper) =>
      withPage(html, PAGE_PX[paper], async (win) => new Uint8Array((await win.webContents.capturePage()).toPNG())),
  };
}
