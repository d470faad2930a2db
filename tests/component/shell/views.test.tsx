import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { JournalScreen } from '../../../src/renderer/src/features/journal/JournalScreen';
import { VIEWS, viewForCommand } from '../../../src/renderer/src/features/journal/views';
import { t } from '../../../src/renderer/src/i18n';
import { $createParagraphNode } from 'lexical';
import { buildContent } from '../editor/content';
import { stubBridge } from '../journal/bridge-stub';
import { entryMeta } from '../journal/entry-fixture';

const today: Entry = {
  ...entryMeta({ id: 'today-entry-1' }),
  content: buildContent(() => $createParagraphNode()) as unknown as Entry['content'],
  text: '',
};

function setup(created: () => Promise<Entry> = async () => today) {
  stubBridge({
    'entries:today': () => today,
    'entries:create': created,
    'entries:list': () => ({ names: [], days: [], damaged: [] }),
    'templates:list': () => [],
    'prompts:list': () => [],
  });
  const status = { state: 'unlocked', dir: '/tmp/v', remembered: false, rememberSupported: false } as const;
  render(<JournalScreen status={status} settings={DEFAULT_SETTINGS} onSettings={() => {}} onLock={() => {}} />);
  return screen.getByRole('navigation', { name: 'Journal' });
}

describe('the view table', () => {
  it('draws one sidebar button per screen, in table order, and marks the open one', async () => {
    const nav = setup();
    const labels = Object.keys(VIEWS).map((id) => t(`journal.views.${id as keyof typeof VIEWS}`));
    const buttons = within(nav)
      .getAllByRole('button')
      .filter((b) => labels.includes(b.textContent ?? ''));
    expect(buttons.map((b) => b.textContent)).toEqual(labels);
    await userEvent.click(within(nav).getByRole('button', { name: 'Calendar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toHaveProperty('id', 'calendar-title');
    expect(within(nav).getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('button', { name: 'Tags' }).hasAttribute('aria-current')).toBe(false);
  });

  it('keeps the screen the writer went to while an entry was still loading', async () => {
    let arrive: (entry: Entry) => void = () => undefined;
    const nav = setup(() => new Promise<Entry>((resolve) => (arrive = resolve)));
    await userEvent.click(within(nav).getByRole('button', { name: 'New entry' }));
    await userEvent.click(within(nav).getByRole('button', { name: 'Calendar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeTruthy();
    arrive({ ...today, id: 'new-entry-1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 1, name: 'Calendar' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens the screen a command names, and only that one', async () => {
    expect(viewForCommand('settings')).toBe('settings');
    expect(viewForCommand('lock')).toBeNull();
    const nav = setup();
    await userEvent.keyboard('{Control>},{/Control}');
    expect(within(nav).getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
  });
});
