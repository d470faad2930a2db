import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryList } from '../../../src/renderer/src/features/entry-list/EntryList';
import { formatTime } from '../../../src/renderer/src/dates/date-words';
import { entrySummary } from './entry-fixture';

// jsdom lays nothing out; the virtual list needs a viewport height to know how many rows to draw.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(280);
});
afterEach(() => vi.restoreAllMocks());

describe('EntryList', () => {
  const blank = `Blank page, ${formatTime(new Date('2025-11-12T10:15:00Z'))}`;
  const entries = [
    entrySummary({ id: 'a-monday-1', date: '2025-11-17', title: 'Steering group', createdAt: '2025-11-17T09:00:00Z' }),
    entrySummary({ id: 'b-tuesday-1', date: '2025-11-18', title: '', excerpt: 'Walked the river\nThen wrote' }),
    entrySummary({ id: 'c-last-week', date: '2025-11-12', title: '', createdAt: '2025-11-12T10:15:00Z' }),
    entrySummary({ id: 'd-monday-2', date: '2025-11-17', title: 'Evening notes', createdAt: '2025-11-17T20:00:00Z' }),
  ];

  it('shows week and day headings, newest first, with entries in order under each day', () => {
    render(<EntryList entries={entries} selectedId={null} onOpen={() => {}} />);
    const headings = screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings).toEqual([
      'H3 Week of 17 November 2025',
      'H4 Tuesday 18 November',
      'H4 Monday 17 November',
      'H3 Week of 10 November 2025',
      'H4 Wednesday 12 November',
    ]);
    const titles = screen.getAllByRole('button').map((b) => b.querySelector('.entry-item-title')!.textContent);
    expect(titles).toEqual(['Walked the river Then wrote', 'Evening notes', 'Steering group', blank]);
  });

  it('marks the selected entry with aria-current and opens an entry on click or Enter', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<EntryList entries={entries} selectedId="a-monday-1" onOpen={onOpen} />);
    const selected = screen.getByRole('button', { name: /Steering group/ });
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(screen.getAllByRole('button').filter((b) => b.hasAttribute('aria-current'))).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /Evening notes/ }));
    expect(onOpen).toHaveBeenLastCalledWith('d-monday-2');
    screen.getByRole('button', { name: /Walked the river/ }).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('b-tuesday-1');
  });

  it('shows the template name, tag chips by kind, and a conflict marker', () => {
    const entry = entrySummary({
      title: 'Board away day',
      templateId: 'retro',
      conflictOf: 'original-1',
      tags: { worlds: ['NHS trust'], people: ['Ana Lima'], free: ['energy'] },
    });
    const plain = entrySummary({ title: 'No extras', templateId: 'unknown-template', date: '2025-11-01' });
    render(
      <EntryList
        entries={[entry, plain]}
        selectedId={null}
        onOpen={() => {}}
        templateNames={{ retro: 'Retrospective' }}
      />,
    );
    const item = screen.getByRole('button', { name: /Board away day/ });
    expect(within(item).queryByText('(conflict copy)')).not.toBeNull();
    expect(within(item).queryByText('Retrospective')).not.toBeNull();
    const row = item.closest('.entry-item-row')!;
    expect([...row.querySelectorAll('.entry-chip')].map((c) => c.textContent!.trim())).toEqual([
      'NHS trust',
      '@Ana Lima',
      '#energy',
    ]);
    const other = screen.getByRole('button', { name: /No extras/ });
    expect(other.textContent).toBe('No extras');
  });

  it('filters by a world, person or tag chip instead of opening the entry', async () => {
    const onOpen = vi.fn();
    const onFilter = vi.fn();
    const entry = entrySummary({
      title: 'Away day',
      tags: { worlds: ['NHS trust'], people: ['Ana'], free: ['energy'] },
    });
    render(<EntryList entries={[entry]} selectedId={null} onOpen={onOpen} onFilter={onFilter} />);
    await userEvent.click(screen.getByRole('button', { name: 'NHS trust' }));
    await userEvent.click(screen.getByRole('button', { name: '@Ana' }));
    await userEvent.click(screen.getByRole('button', { name: '#energy' }));
    expect(onFilter.mock.calls).toEqual([
      ['worlds', 'NHS trust'],
      ['people', 'Ana'],
      ['free', 'energy'],
    ]);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('gives the list a name for screen readers: Entries, or the one it is given', () => {
    const { rerender } = render(<EntryList entries={entries} selectedId={null} onOpen={() => {}} />);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['Entries']);
    rerender(<EntryList entries={entries} selectedId={null} onOpen={() => {}} label="Entries of the day" />);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['Entries of the day']);
  });

  it('names untitled entries by their template or first words, never one placeholder for a row', () => {
    const row = [
      entrySummary({ id: 'g-1', date: '2025-11-17', templateId: 'gibbs', createdAt: '2025-11-17T09:00:00Z' }),
      entrySummary({ id: 'c-1', date: '2025-11-17', templateId: 'courage', createdAt: '2025-11-17T10:00:00Z' }),
      entrySummary({ id: 'g-2', date: '2025-11-17', templateId: 'gibbs', excerpt: 'The board said no' }),
    ];
    const names = { gibbs: 'Gibbs’ reflective cycle', courage: 'Courage' };
    render(<EntryList entries={row} selectedId={null} onOpen={() => {}} templateNames={names} />);
    const titles = screen.getAllByRole('button').map((b) => b.querySelector('.entry-item-title')?.textContent);
    expect(titles.filter(Boolean).sort()).toEqual(['Courage', 'Gibbs’ reflective cycle', 'The board said no']);
    // Named by its template, a row does not say the template again beside it.
    expect(screen.getByRole('button', { name: 'Courage' }).textContent).toBe('Courage');
  });

  it('says so when there are no entries', () => {
    render(<EntryList entries={[]} selectedId={null} onOpen={() => {}} />);
    expect(screen.queryByText('No reflections yet.')).not.toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
  it('moves between entries with the arrow keys, Home and End, across day and week headings', async () => {
    const user = userEvent.setup();
    render(<EntryList entries={entries} selectedId={null} onOpen={() => {}} />);
    const title = () => document.activeElement!.querySelector('.entry-item-title')!.textContent;
    screen.getByRole('button', { name: /Walked the river/ }).focus();
    await user.keyboard('{ArrowDown}');
    expect(title()).toBe('Evening notes');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(title()).toBe(blank);
    await user.keyboard('{ArrowDown}');
    expect(title()).toBe(blank);
    await user.keyboard('{Home}');
    expect(title()).toBe('Walked the river Then wrote');
    await user.keyboard('{End}{ArrowUp}');
    expect(title()).toBe('Steering group');
  });
});
