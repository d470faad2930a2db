import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Entry } from '@shared/entry';
import { decodeEntryList } from '@shared/entry-list';
import { startBridge, type Bridge } from './bridge/server';
import { landscapeShimScript } from './bridge/page-shim';
import { BackupScreen } from './pages/backup';
import { CalendarScreen } from './pages/calendar';
import { CreateJournalScreen } from './pages/create-journal';
import { WelcomeScreen } from './pages/welcome';
import { EntryScreen } from './pages/entry';
import { InsightsScreen } from './pages/insights';
import { PeopleScreen } from './pages/people';
import { ExportScreen } from './pages/export';
import { JournalShell } from './pages/journal-shell';
import { PromptCard, PromptsScreen } from './pages/prompts';
import { SearchScreen } from './pages/search';
import { SettingsScreen } from './pages/settings';
import { TagsScreen } from './pages/tags';
import { TemplatePicker, TemplatesScreen } from './pages/templates';
import { TrashScreen } from './pages/trash';
import { SetbacksNotice } from './pages/setbacks';
import { UnlockScreen } from './pages/unlock';

export const PASSPHRASE = 'harbour lantern quietly orchard 42';

interface Fixtures {
  /** A first run: the introduction shows. Other tests start where a person who has seen it would. */
  firstRun: boolean;
  /** The OS's preferred languages as main reports them; ['en-XA'] shows the pseudo-locale. */
  languages: string[];
  /** The OS's regional format as main reports it (dates and numbers). */
  osLocale: string;
  dataDir: string;
  bridge: Bridge;
  /** The app, loaded from the bridge, with a fresh data folder per test. */
  app: AppPage;
}

/** The app under test: one page object per screen (tests/e2e/pages), and the vault behind the bridge. */
export class AppPage {
  readonly welcome: WelcomeScreen;
  readonly createScreen: CreateJournalScreen;
  readonly unlockScreen: UnlockScreen;
  readonly shell: JournalShell;
  readonly entry: EntryScreen;
  readonly promptCard: PromptCard;
  readonly calendar: CalendarScreen;
  readonly tags: TagsScreen;
  readonly people: PeopleScreen;
  readonly templates: TemplatesScreen;
  readonly picker: TemplatePicker;
  readonly prompts: PromptsScreen;
  readonly trash: TrashScreen;
  readonly settings: SettingsScreen;
  readonly search: SearchScreen;
  readonly insights: InsightsScreen;
  readonly backup: BackupScreen;
  readonly exportScreen: ExportScreen;
  readonly setbacks: SetbacksNotice;

  /** The page's one live region for status messages. */
  readonly liveRegion: Locator;

  constructor(
    readonly page: Page,
    readonly bridge: Bridge,
  ) {
    this.liveRegion = page.getByTestId('live-region');
    this.welcome = new WelcomeScreen(page);
    this.createScreen = new CreateJournalScreen(page);
    this.unlockScreen = new UnlockScreen(page);
    this.shell = new JournalShell(page);
    this.entry = new EntryScreen(page);
    this.promptCard = new PromptCard(page);
    this.calendar = new CalendarScreen(page);
    this.tags = new TagsScreen(page);
    this.people = new PeopleScreen(page);
    this.templates = new TemplatesScreen(page);
    this.picker = new TemplatePicker(page);
    this.prompts = new PromptsScreen(page);
    this.trash = new TrashScreen(page);
    this.settings = new SettingsScreen(page);
    this.search = new SearchScreen(page);
    this.insights = new InsightsScreen(page);
    this.backup = new BackupScreen(page);
    this.exportScreen = new ExportScreen(page);
    this.setbacks = new SetbacksNotice(page);
  }

  async open(): Promise<void> {
    await this.page.addInitScript({ content: landscapeShimScript(this.bridge.token) });
    await this.page.goto(this.bridge.url + '/index.html');
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  /** Creates a vault through the UI and lands in the journal. Returns the recovery key. */
  async createVault(passphrase = PASSPHRASE): Promise<string> {
    return this.createScreen.create(passphrase);
  }

  async lock(): Promise<void> {
    await this.shell.lockButton.click();
    await this.unlockScreen.expectShown();
  }

  async unlock(passphrase = PASSPHRASE): Promise<void> {
    await this.unlockScreen.unlock(passphrase);
  }

  /**
   * Resolves once the page's next call to `channel` has been answered and the page has drawn the answer.
   * Start waiting before the action that makes the call.
   */
  async nextAnswer(channel: string): Promise<void> {
    const path = `/__bridge/invoke/${encodeURIComponent(channel)}`;
    await this.page.waitForResponse((r) => new URL(r.url()).pathname === path);
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  }

  /** Every entry saved in the vault (or in its trash), read through the real handlers. */
  async savedEntries(options: { trashed?: boolean } = {}): Promise<Entry[]> {
    const wire = await this.bridge.app.handlers['entries:list']({ trashed: options.trashed ?? false });
    const { entries } = decodeEntryList(wire);
    return Promise.all(entries.map((e) => this.bridge.app.handlers['entries:get']({ id: e.id })));
  }
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'landscape-e2e-'));
    await use(dir);
    // The mark written at the last lock may still be landing.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  },
  firstRun: [false, { option: true }],
  languages: [['en-GB'], { option: true }],
  osLocale: ['en-GB', { option: true }],
  bridge: async ({ dataDir, firstRun, languages, osLocale }, use) => {
    const bridge = await startBridge({ dataDir, prefs: { onboarded: !firstRun }, languages, locale: osLocale });
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
