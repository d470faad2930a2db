import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Entry, RevisionInfo } from '@shared/entry';
import { RevisionsPanel } from '../../../src/renderer/src/features/revisions/RevisionsPanel';
import { stubBridge } from './bridge-stub';
import { entryMeta } from './entry-fixture';

const revisions: RevisionInfo[] = [
  { revision: 1, updatedAt: '2025-11-18T09:30:07', title: 'First go', wordCount: 1 },
  { revision: 3, updatedAt: '2025-11-18T14:05:00', title: 'Council reflections', wordCount: 312 },
  { revision: 2, updatedAt: '2025-11-18T11:00:41', title: '', wordCount: 140 },
];

const restored: Entry = {
  ...entryMeta({ id: 'entry-abcdefgh', revision: 4, title: 'First go' }),
  content: { root: { type: 'root' } },
  text: 'First go',
};

function setup() {
  return stubBridge({
    'entries:revisions': () => revisions,
    'entries:restoreRevision': () => restored,
    'entries:compareRevision': () => [
      { kind: 'kept', text: 'We met the ' },
      { kind: 'removed', text: 'housing' },
      { kind: 'added', text: 'whole housing' },
      { kind: 'kept', text: ' team' },
    ],
  });
}

describe('RevisionsPanel', () => {
  it('is a labelled region listing versions newest first, with time, title and word count', async () => {
    const invoke = setup();
    render(<RevisionsPanel entryId="entry-abcdefgh" currentRevision={3} onRestored={() => {}} onClose={() => {}} />);
    const region = screen.getByRole('region', { name: 'Earlier versions' });
    expect(document.activeElement).toBe(within(region).getByRole('heading', { name: 'Earlier versions' }));
    const items = await within(region).findAllByRole('listitem');
    expect(invoke).toHaveBeenCalledWith('entries:revisions', { id: 'entry-abcdefgh' });
    expect(items.map((li) => li.querySelector('time')!.textContent)).toEqual([
      '18 Nov 2025, 14:05:00',
      '18 Nov 2025, 11:00:41',
      '18 Nov 2025, 09:30:07',
    ]);
    expect(items[0].textContent).toContain('Council reflections');
    expect(items[0].textContent).toContain('312 words');
    expect(items[1].textContent).toContain('Untitled');
    expect(items[2].textContent).toContain('1 word');
    // The current version is marked and cannot be restored onto itself.
    expect(items[0].getAttribute('aria-current')).toBe('true');
    expect(within(items[0]).queryByRole('button')).toBeNull();
    expect(within(items[0]).queryByText('Current version')).not.toBeNull();
  });

  it('compares a version with now, word by word, naming what was removed and added', async () => {
    const invoke = setup();
    const user = userEvent.setup();
    render(<RevisionsPanel entryId="entry-abcdefgh" currentRevision={3} onRestored={() => {}} onClose={() => {}} />);
    const compare = await screen.findByRole('button', {
      name: 'Compare with now the version from 18 Nov 2025, 09:30:07',
    });
    expect(compare.getAttribute('aria-expanded')).toBe('false');
    await user.click(compare);
    const diff = await screen.findByRole('region', { name: 'Changes since 18 Nov 2025, 09:30:07' });
    await waitFor(() => expect(diff.querySelector('del')?.textContent).toBe('[removed: housing]'));
    expect(diff.querySelector('ins')?.textContent).toBe('[added: whole housing]');
    expect(diff.querySelector('.revision-diff-text')?.textContent).toBe(
      'We met the [removed: housing][added: whole housing] team',
    );
    expect(invoke).toHaveBeenCalledWith('entries:compareRevision', { id: 'entry-abcdefgh', revision: 1 });
    expect(compare.getAttribute('aria-expanded')).toBe('true');
    await user.click(compare);
    expect(screen.queryByRole('region', { name: /Changes since/ })).toBeNull();
  });

  it('restores a version and hands back the entry', async () => {
    const invoke = setup();
    const onRestored = vi.fn();
    const user = userEvent.setup();
    render(<RevisionsPanel entryId="entry-abcdefgh" currentRevision={3} onRestored={onRestored} onClose={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Restore this version from 18 Nov 2025, 09:30:07' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(restored));
    expect(invoke).toHaveBeenCalledWith('entries:restoreRevision', { id: 'entry-abcdefgh', revision: 1 });
  });

  it('shows an error when a restore fails and stays open', async () => {
    stubBridge({
      'entries:revisions': () => revisions,
      'entries:restoreRevision': () => {
        throw { code: 'ENTRY_DAMAGED', message: 'That version could not be read.' };
      },
    });
    const onRestored = vi.fn();
    const user = userEvent.setup();
    render(<RevisionsPanel entryId="entry-abcdefgh" currentRevision={3} onRestored={onRestored} onClose={() => {}} />);
    const button = await screen.findByRole('button', { name: /^Restore this version from 18 Nov 2025, 11:00/ });
    await user.click(button);
    expect((await screen.findByRole('alert')).textContent).toContain('That entry is damaged');
    expect(onRestored).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
  });

  it('closes on Escape or Close and gives focus back to what opened it', async () => {
    setup();
    const user = userEvent.setup();
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button onClick={() => setOpen(true)}>History</button>
          {open && (
            <RevisionsPanel
              entryId="entry-abcdefgh"
              currentRevision={3}
              onRestored={() => {}}
              onClose={() => setOpen(false)}
            />
          )}
        </>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'History' }));
    await screen.findAllByRole('listitem');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'History' }));

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says when there are no versions', async () => {
    stubBridge({ 'entries:revisions': () => [] });
    render(<RevisionsPanel entryId="entry-abcdefgh" currentRevision={0} onRestored={() => {}} onClose={() => {}} />);
    await waitFor(() => expect(screen.queryByText('No earlier versions yet.')).not.toBeNull());
  });
});
