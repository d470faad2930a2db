// Pictures of every screen, light and dark, at 1280×800 and 800×600, written to docs/screenshots/ by
// `npm run screenshots`. It drives the built renderer through the test bridge, as the browser tests do,
// with a few weeks of sample reflections so that search, insights and the calendar have something to show.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { localDay } from '@shared/calendar-day';
import type { Entry } from '@shared/entry';
import { paragraph, textDoc, textNode, doc, mentionNode } from '../support/lexical-doc';
import { expect, test, type AppPage } from '../e2e/fixtures';
import type { ScreenName } from '../e2e/pages/journal-shell';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;

type Handlers = Record<string, (input: never) => Promise<unknown>>;
const call = <T>(app: AppPage, channel: string, input: unknown) =>
  (app.bridge.app.handlers as unknown as Handlers)[channel]!(input as never) as Promise<T>;
const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000));

/** Sample reflections in a convener's voice, across worlds and people, over the last weeks. */
const SAMPLES: Array<{ ago: number; title: string; text: string; worlds: string[]; people: string[] }> = [
  {
    ago: 1,
    title: 'The discharge meeting',
    text: 'The ward and the council team sat at one table for the first time. Nobody said "not our budget".',
    worlds: ['NHS trust', 'council'],
    people: ['Helen'],
  },
  {
    ago: 3,
    title: 'Ignored again',
    text: 'My note about the housing waiting list went unanswered. I felt it, and I wrote to them anyway.',
    worlds: ['council', 'housing'],
    people: [],
  },
  {
    ago: 6,
    title: 'Youth group and the elders',
    text: 'The elders came to the youth group. An hour of stories, and two new volunteers for the garden.',
    worlds: ['community', 'school'],
    people: ['Sam'],
  },
  {
    ago: 9,
    title: 'Betting on Ade',
    text: 'I asked Ade to chair the next round. A risk, and the right one: the room listened to him differently.',
    worlds: ['community', 'NHS trust'],
    people: ['Ade'],
  },
  {
    ago: 15,
    title: 'Funding conversation',
    text: 'The funder wanted numbers. I told the story of the discharge meeting instead, and then gave the numbers.',
    worlds: ['funders', 'council'],
    people: ['Helen'],
  },
];

async function seed(app: AppPage): Promise<void> {
  for (const s of SAMPLES) {
    const mentions = s.people.length > 0 ? [paragraph(...s.people.map(mentionNode))] : [];
    await call<Entry>(app, 'entries:create', {
      date: daysAgo(s.ago),
      title: s.title,
      content: s.people.length > 0 ? doc(paragraph(textNode(s.text)), ...mentions) : textDoc(s.text),
      tags: { worlds: s.worlds, free: [] },
    });
  }
}

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every screen, ${theme}, ${size.width}×${size.height}`, async ({ app }) => {
      const { page, shell, entry } = app;
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      const shot = async (name: string) => {
        const path = join(OUT, `${name}-${theme}-${size.width}x${size.height}.png`);
        await page.screenshot({ path });
        expect((await stat(path)).size).toBeGreaterThan(1000);
      };

      await shot('create');
      await app.createVault();
      await seed(app);
      await app.lock();
      await shot('lock');
      await app.unlock();
      await entry.write('Today the two teams met without me. That is the work.');
      await entry.expectSaved();
      await shot('today');

      const screens: Array<[ScreenName, string]> = [
        ['Calendar', 'calendar'],
        ['Insights', 'insights'],
        ['Templates', 'templates'],
        ['Prompts', 'prompts'],
        ['People', 'people'],
        ['Tags', 'tags'],
        ['Export', 'export'],
        ['Backup & import', 'backup'],
        ['Settings', 'settings'],
        ['Trash', 'trash'],
      ];
      for (const [screen, name] of screens) {
        await shell.go(screen);
        await expect(shell.screenHeading).toBeVisible();
        await shot(name);
      }
      await shell.go('Search');
      await app.search.field.fill('council');
      await expect(app.search.results.first()).toBeVisible();
      await shot('search');
      await page.keyboard.press('Control+/');
      await expect(page.getByRole('heading', { name: 'Keyboard shortcuts', level: 1 })).toBeVisible();
      await shot('shortcuts');
    });
  }
}
