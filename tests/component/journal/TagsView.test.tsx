import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TagIndex } from '@shared/contract';
import { TagsView } from '../../../src/renderer/src/features/tags/TagsView';
import { stubBridge } from './bridge-stub';

function setup() {
  let index: TagIndex = {
    worlds: [
      { name: 'council', count: 4 },
      { name: 'Council of churches', count: 1 },
      { name: 'local council', count: 2 },
    ],
    people: [{ name: 'Ana Lima', count: 3 }],
    free: [],
  };
  const invoke = stubBridge({
    'tags:list': () => index,
    'tags:rename': ({ kind, from, to }: { kind: keyof TagIndex; from: string; to: string }) => {
      const moved = index[kind].find((t) => t.name === from)!;
      const rest = index[kind].filter((t) => t.name !== from);
      const target = rest.find((t) => t.name === to);
      index = {
        ...index,
        [kind]: target
          ? rest.map((t) => (t === target ? { ...t, count: t.count + moved.count } : t))
          : [...rest, { name: to, count: moved.count }],
      };
      return { changed: moved.count };
    },
  });
  return invoke;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('TagsView', () => {
  it('shows worlds, people and tags with how many entries use each', async () => {
    const invoke = setup();
    render(<TagsView />);
    await screen.findByRole('region', { name: 'Worlds' });
    expect(invoke).toHaveBeenCalledWith('tags:list');
    const worlds = within(section('Worlds')).getAllByRole('listitem');
    expect(worlds.map((li) => li.textContent)).toEqual([
      'council4 entriesRename…',
      'Council of churches1 entryRename…',
      'local council2 entriesRename…',
    ]);
    expect(within(section('People')).getByText('@Ana Lima')).toBeTruthy();
    expect(within(section('Tags')).getByText('No tags yet.')).toBeTruthy();
  });

  it('renames a tag in an inline form, reloads, and says how many entries changed', async () => {
    const invoke = setup();
    const onChanged = vi.fn();
    const user = userEvent.setup();
    render(<TagsView onChanged={onChanged} />);
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
    expect(onChanged).toHaveBeenCalledOnce();
    expect(screen.queryByRole('form')).toBeNull();
    const renamed = await screen.findByRole('button', { name: 'Rename Faith groups' });
    expect(document.activeElement).toBe(renamed);
    expect(invoke.mock.calls.filter(([channel]) => channel === 'tags:list')).toHaveLength(2);
  });

  it('says it will merge when the new name is already in use, before saving', async () => {
    const invoke = setup();
    const user = userEvent.setup();
    render(<TagsView />);
    await user.click(await screen.findByRole('button', { name: 'Rename local council' }));
    const form = screen.getByRole('form', { name: 'Rename local council' });
    const input = within(form).getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    await user.type(input, 'council');
    expect(
      within(form).getByText('“council” already exists. Saving merges “local council” into it, in every entry.'),
    ).toBeTruthy();
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
    render(<TagsView />);
    const rename = await screen.findByRole('button', { name: 'Rename local council' });
    await user.click(rename);
    const input = screen.getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    await user.type(input, 'Council');
    expect(screen.getByText(/“council” already exists with other capitals/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename local council' }));
    expect(invoke).not.toHaveBeenCalledWith('tags:rename', expect.anything());
  });

  it('keeps the form open with the error when a rename fails', async () => {
    stubBridge({
      'tags:list': () => ({ worlds: [], people: [{ name: 'Ana Lima', count: 3 }], free: [] }),
      'tags:rename': () => {
        throw { code: 'VAULT_LOCKED', message: 'Unlock your journal first.' };
      },
    });
    const user = userEvent.setup();
    render(<TagsView />);
    await user.click(await screen.findByRole('button', { name: 'Rename @Ana Lima' }));
    const input = screen.getByRole('textbox', { name: 'New name' });
    await user.type(input, ' Silva{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Your journal is locked');
    expect(screen.getByRole('form', { name: 'Rename @Ana Lima' })).toBeTruthy();
  });
});
