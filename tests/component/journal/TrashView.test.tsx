import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import type { EntrySummary } from '@shared/entry-list';
import { TrashView } from '../../../src/renderer/src/features/trash/TrashView';
import { stubBridge } from './bridge-stub';
import { entrySummary } from './entry-fixture';

const older = entrySummary({
  id: 'trashed-older',
  title: 'Old draft',
  date: '2025-11-10',
  trashedAt: '2025-11-12T10:00:00',
});
const newer = entrySummary({
  id: 'trashed-newer',
  title: '',
  excerpt: 'Notes from the council',
  date: '2025-11-17',
  trashedAt: '2025-11-18T14:05:00',
});

function setup() {
  // Main answers a restore with the entry's row as it now is.
  return stubBridge({
    'entries:restore': ({ id }: { id: string }) => ({ ...[older, newer].find((e) => e.id === id)!, trashedAt: null }),
    'entries:purge': () => {},
  });
}

/** The journal's store, as far as the trash sees it: a list that loses what is restored or purged. */
function Trash(props: { entries?: EntrySummary[]; onRestored?: (entry: EntrySummary) => void; loaded?: boolean }) {
  const [list, setList] = useState(props.entries ?? [older, newer]);
  const drop = (entry: EntrySummary) => setList((l) => l.filter((e) => e.id !== entry.id));
  return (
    <TrashView
      entries={list}
      loaded={props.loaded ?? true}
      onRestored={(entry) => {
        drop(entry);
        props.onRestored?.(entry);
      }}
      onPurged={drop}
    />
  );
}

const items = () => screen.getAllByRole('listitem');

// jsdom lays nothing out; the virtual list needs a viewport height to know how many rows to draw.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(700);
});
afterEach(() => vi.restoreAllMocks());

describe('TrashView', () => {
  it('lists trashed entries, most recently trashed first, with their day and when they were trashed', async () => {
    const invoke = setup();
    render(<Trash />);
    await screen.findByRole('list');
    // The trash is drawn from the journal's store: no fetch of its own.
    expect(invoke).not.toHaveBeenCalled();
    expect(items().map((li) => li.querySelector('.trash-item-title')!.textContent)).toEqual([
      'Notes from the council',
      'Old draft',
    ]);
    expect(items()[0].textContent).toContain('Monday 17 November 2025');
    expect(items()[0].textContent).toContain('moved to the trash 18 Nov 2025, 14:05');
  });

  it('restores an entry and tells the caller', async () => {
    const invoke = setup();
    const onRestored = vi.fn();
    const user = userEvent.setup();
    render(<Trash onRestored={onRestored} />);
    await user.click(await screen.findByRole('button', { name: 'Restore “Old draft”' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Restored “Old draft”.'));
    expect(invoke).toHaveBeenCalledWith('entries:restore', { id: 'trashed-older' });
    expect(onRestored).toHaveBeenCalledWith({ ...older, trashedAt: null });
    expect(items()).toHaveLength(1);
    // Focus lands on what is left, not on the body.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore “Notes from the council”' }));
  });

  it('deletes forever only after an inline confirmation', async () => {
    const invoke = setup();
    const user = userEvent.setup();
    render(<Trash />);
    await user.click(await screen.findByRole('button', { name: 'Delete forever “Old draft”' }));
    expect(invoke).not.toHaveBeenCalledWith('entries:purge', expect.anything());
    const confirm = screen.getByRole('group', { name: 'Delete “Old draft” forever?' });
    expect(confirm.textContent).toContain('This cannot be undone.');
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));

    await user.click(within(confirm).getByRole('button', { name: 'Delete forever' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Deleted “Old draft” forever.'));
    expect(invoke).toHaveBeenCalledWith('entries:purge', { id: 'trashed-older' });
    expect(items()).toHaveLength(1);
  });

  it('backs out of the confirmation with Cancel or Escape', async () => {
    const invoke = setup();
    const user = userEvent.setup();
    render(<Trash />);
    const remove = await screen.findByRole('button', { name: 'Delete forever “Old draft”' });
    await user.click(remove);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete forever “Old draft”' }));

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(invoke).not.toHaveBeenCalled();
  });

  it('draws only the rows in view of a trash of thousands, and says how many there are', async () => {
    setup();
    // Rows have a height here, as they do in a browser; jsdom would measure every one as 0 px.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(64);
    const many = Array.from({ length: 3000 }, (_, i) =>
      entrySummary({
        id: `t${i}`,
        title: `Draft ${i}`,
        trashedAt: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}`,
      }),
    );
    render(<Trash entries={many} />);
    await screen.findByRole('list');
    expect(items().length).toBeGreaterThan(3);
    expect(items().length).toBeLessThan(40);
    expect(items()[0]!.getAttribute('aria-setsize')).toBe('3000');
  });

  it('says when the trash is empty', async () => {
    setup();
    render(<Trash entries={[]} />);
    await waitFor(() => expect(screen.queryByText(/The trash is empty\./)).not.toBeNull());
  });

  it('shows a failed action as an error and keeps the entry', async () => {
    const invoke = stubBridge({
      'entries:restore': () => {
        throw { code: 'VAULT_LOCKED', message: 'Unlock your journal first.' };
      },
    });
    const user = userEvent.setup();
    render(<Trash entries={[older]} />);
    await user.click(await screen.findByRole('button', { name: 'Restore “Old draft”' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Your journal is locked'));
    expect(invoke).toHaveBeenCalledWith('entries:restore', { id: 'trashed-older' });
    expect(items()).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore “Old draft”' }));
  });

  it('keeps the busy button focusable and ignores a second press while the call runs', async () => {
    let finish = () => {};
    const invoke = stubBridge({
      'entries:restore': () =>
        new Promise<EntrySummary>((resolve) => (finish = () => resolve({ ...older, trashedAt: null }))),
    });
    const user = userEvent.setup();
    render(<Trash entries={[older]} />);
    const restore = await screen.findByRole('button', { name: 'Restore “Old draft”' });
    await user.click(restore);
    await waitFor(() => expect(restore.getAttribute('aria-disabled')).toBe('true'));
    expect(restore.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(restore);
    await user.click(restore);
    await user.click(screen.getByRole('button', { name: 'Delete forever “Old draft”' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(invoke.mock.calls.filter(([channel]) => channel === 'entries:restore')).toHaveLength(1);
    finish();
    await waitFor(() => expect(screen.queryByText(/The trash is empty\./)).not.toBeNull());
  });

  it('says it is loading until the journal list has come', () => {
    setup();
    render(<Trash loaded={false} entries={[]} />);
    expect(screen.getByText('Loading the trash…').tagName).toBe('P');
    expect(screen.queryByText(/The trash is empty\./)).toBeNull();
  });
});
