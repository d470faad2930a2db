import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
// The same check `npm start` makes; it never triggers a download.
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary = electronBinary();
const reason = binary.ready
  ? ''
  : `Electron suite skipped: ${binary.reason}. Run \`npx install-electron\` where the network allows.`;
if (!binary.ready) console.log(reason);

test.describe('the packaged app in Electron', () => {
  test.skip(!binary.ready, reason);

  test('launches one secure window that loads from app:// and reaches main through the preload', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'landscape-electron-'));
    const app = await electron.launch({
      executablePath: binary.ready ? binary.path : undefined,
      args: [
        resolve('out/main/index.js'),
        `--user-data-dir=${userData}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('app://landscape/index.html');
      // A first run opens on the introduction; skipping it leads to making the journal.
      await page.getByRole('button', { name: 'Skip the introduction' }).click();
      await expect(page.getByRole('heading', { name: 'Start your Landscape journal' })).toBeVisible();
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      // No Node in the page, only the contract's two functions, and the CSP forbids eval.
      const page_ = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as unknown as { landscape: object }).landscape).sort(),
        evalBlocked: (() => {
          try {
            return (0, eval)('1') !== 1;
          } catch {
            return true;
          }
        })(),
      }));
      expect(page_).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke', 'on'], evalBlocked: true });
      const status = await page.evaluate(() =>
        (globalThis as unknown as { landscape: { invoke(c: string): Promise<unknown> } }).landscape.invoke(
          'vault:status',
        ),
      );
      expect(status).toMatchObject({ ok: true, value: { state: 'none' } });
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
