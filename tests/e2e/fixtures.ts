import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startBridge, type Bridge } from './bridge/server';
import { landscapeShimScript } from './bridge/page-shim';

export const PASSPHRASE = 'harbour lantern quietly orchard 42';

interface Fixtures {
  dataDir: string;
  bridge: Bridge;
  /** The app, loaded from the bridge, with a fresh data folder per test. */
  app: AppPage;
}

export class AppPage {
  constructor(
    readonly page: Page,
    readonly bridge: Bridge,
  ) {}

  async open(): Promise<void> {
    await this.page.addInitScript({ content: landscapeShimScript(this.bridge.token) });
    await this.page.goto(this.bridge.url + '/index.html');
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  /** Creates a vault through the UI and lands in the journal. Returns the recovery key. */
  async createVault(passphrase = PASSPHRASE): Promise<string> {
    const page = this.page;
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type it again').fill(passphrase);
    await page.getByRole('button', { name: 'Create journal' }).click();
    const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
    await page.getByLabel('Type the recovery key to confirm you have kept it').fill(key);
    await page.getByRole('button', { name: /I have kept it/ }).click();
    await expect(page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
    return key;
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  }

  async unlock(passphrase = PASSPHRASE): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'landscape-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  bridge: async ({ dataDir }, use) => {
    const bridge = await startBridge({ dataDir });
    await use(bridge);
    await bridge.close();
  },
  app: async ({ page, bridge }, use) => {
    const app = new AppPage(page, bridge);
    await app.open();
    await use(app);
  },
});

export { expect };
