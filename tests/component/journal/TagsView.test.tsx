import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useState, useSyncExternalStore } from 'react';
import type { TagKind } from '@shared/contract';
import type { EntrySummary } from '@shared/entry-list';
import { TagsView } from '../../../src/renderer/src/features/tags/TagsView';
import { JournalStore } from '../../../src/renderer/src/state/journal-store';
import { stubBridge } from './bridge-stub';
import { entrySummary } from './entry-fixture';

const sample = () => [
  entrySummary({ tags: { worlds: ['council', 'local council'], people: [], free: [] } }),
  entrySummary({ tags: { worlds: ['council', 'local council'], people: [], free: [] } }),
  entrySummary({ tags: { worlds: ['council'], people: [], free: [] } }),
  entrySummary({ tags: { worlds: ['council'], people: ['Ana Lima'], free: [] } }),
  entrySummary({ tags: { worlds: ['Council of churches'], people: ['Ana Lima'], free: [] } }),
  entrySummary({ tags: { worlds: [], people: ['Ana Lima'], free: [] } }),
];

/** Main's side of a rename: says how many entries it changed. */
function setup(entries = sample()) {
  return stubBridge({
    'tags:rename': ({ kind, from }: { kind: TagKind; from: string }) => ({
      changed: entries.filter((e) => e.tags[kind].includes(from)).length,
    }),
  });
}

/** The tags screen over a real journal store, as the journal screen wires it. */
function Tags(props: { entries?: EntrySummary[] }) {
  const [store] = useState(() => {
    const s = new JournalStore();
    s.load(props.entries ?? sample(), []);
    return s;
  });
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return <TagsView index={snapshot.tags} loaded={snapshot.loaded} onRenamed={(k, f, t) => store.renameTag(k, f, t)} />;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('TagsView', () => {
  it('shows worlds and tags with how many entries use each, and leaves people to the People screen', async () => {
    const invoke = setup();
    render(<Tags />);
    await screen.findByRole('region', { name: 'Worlds' });
    // Counted from the journal's entries on the page, not fetched again.
    expect(invoke).not.toHaveBeenCalled();
    const worlds = within(section('Worlds')).getAllByRole('listitem');
    expect(worlds.map((li) => li.textContent)).toEqual([
      'council4 entriesRename…',
      'local council2 entriesRename…',
      'Council of churches1 entryRename…',
    ]);
    expect(within(section('Tags')).queryByText('No tags yet.')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Worlds and tags');
    expect(screen.queryByRole('region', { name: 'People' })).toBeNull();
    expect(screen.queryByText('@Ana Lima')).toBeNull();
  });

  it('renames a tag in an inline form, patches the entries, and says how many changed', async () => {
    const invoke = setup();
    const user = userEvent.setup();
    render(<Tags />);
    await user.click(await screen.findByRole('button', { name: 'Rename Council of churches' }));
    const form = screen.getByRole('form', { name: 'Rename Council of churches' });
    const input = within(form).getByRole('textbox', { name: 'New name' });
    expect(document.activeElement).toBe(input);
    expect(within(form).getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);

    await user.clear(input);
    await user.type(input, 'Faith groups{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Renamed in 1 entry.'));
    expect(invoke).toHaveBeenCalledWith('tags:rename', {
      kind: 'worlds',
      from: 'Council of churches',
      to: 'Faith groups',
    });
    expect(screen.queryByRole('form')).toBeNull();
    const renamed = await screen.findByRole('button', { name: 'Rename Faith groups' });
    expect(document.activeElement).toBe(renamed);
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['tags:rename']);
  });

  it('says it will merge when the new name is already in use, before saving', async () => {
    const invoke = setup();
    const user = userEvent.setup();
    render(<Tags />);
    await user.click(await screen.findByRole('button', { name: 'Rename local council' }));
    const form = screen.getByRole('form', { name: 'Rename local council' });
    const input = within(form).getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    await user.type(input, 'council');
    expect(
      within(form).queryByText('“council” already exists. Saving merges “local council” into it, in every entry.'),
    ).not.toBeNull();
    const merge = within(form).getByRole('button', { name: 'Merge into “council”' });
    expect(invoke).not.toHaveBeenCalledWith('tags:rename', expect.anything());

    await user.click(merge);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Renamed in 2 entries.'));
    expect(invoke).toHaveBeenCalledWith('tags:rename', { kind: 'worlds', from: 'local council', to: 'council' });
    expect(
      within(section('Worlds'))
        .getAllByRole('listitem')
        .map((li) => li.firstChild!.textContent),
    ).toEqual(['council', 'Council of churches']);
  });

  it('points out a name that differs only in capitals, and cancels with Escape', async () => {
    const invoke = setup();
    const user = userEvent.setup();
    render(<Tags />);
    const rename = await screen.findByRole('button', { name: 'Rename local council' });
    await user.click(rename);
    const input = screen.getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    await user.type(input, 'Council');
    expect(screen.queryByText(/“council” already exists with other capitals/)).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeNull();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename local council' }));
    expect(invoke).not.toHaveBeenCalledWith('tags:rename', expect.anything());
  });

  it('leaves the form of a tag opened while another rename was on its way open', async () => {
    let finish: (value: { changed: number }) => void = () => undefined;
    stubBridge({ 'tags:rename': () => new Promise((resolve) => (finish = resolve)) });
    const user = userEvent.setup();
    render(<Tags />);
    await user.click(await screen.findByRole('button', { name: 'Rename local council' }));
    await user.type(screen.getByRole('textbox', { name: 'New name' }), ' office{Enter}');
    await user.click(screen.getByRole('button', { name: 'Rename Council of churches' }));
    await act(async () => finish({ changed: 2 }));
    expect(screen.queryByRole('form', { name: 'Rename Council of churches' })).not.toBeNull();
    expect(screen.queryByText('local council office')).not.toBeNull();
  });

  it('keeps the form open with the error when a rename fails', async () => {
    stubBridge({
      'tags:rename': () => {
        throw { code: 'VAULT_LOCKED', message: 'Unlock your journal first.' };
      },
    });
    const user = userEvent.setup();
    render(<Tags />);
    await user.click(await screen.findByRole('button', { name: 'Rename local council' }));
    const input = screen.getByRole('textbox', { name: 'New name' });
    await user.type(input, ' office{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Your journal is locked');
    expect(screen.queryByRole('form', { name: 'Rename local council' })).not.toBeNull();
  });
});
