import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { $createParagraphNode, $createTextNode } from 'lexical';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, EntryPatch } from '@shared/entry';
import { EntryView } from '../../../src/renderer/src/features/entry-view/EntryView';
import { AUTOSAVE_DELAY_MS } from '../../../src/renderer/src/features/entry-view/use-autosave';
import { buildContent } from '../editor/content';
import { stubBridge } from '../journal/bridge-stub';
import { entryMeta } from '../journal/entry-fixture';
import { template } from '../templates/fixtures';

type Update = { id: string; baseRevision: number; patch: EntryPatch };

const entry: Entry = {
  ...entryMeta({ id: 'entry-view-0001', revision: 7, title: 'Start', date: '2025-01-02', wordCount: 2 }),
  content: buildContent(() =>
    $createParagraphNode().append($createTextNode('Some words')),
  ) as unknown as Entry['content'],
  text: 'Some words',
};

function setup(options: { failFirst?: boolean; conflict?: boolean } = {}) {
  let revision = entry.revision;
  let failures = options.failFirst ? 1 : 0;
  const updates: Update[] = [];
  const applies: Array<{ baseRevision: number }> = [];
  const invoke = stubBridge({
    'entries:update': (input: Update) => {
      updates.push(input);
      if (failures-- > 0) throw { code: 'DISK_FULL', message: 'The disk is full.' };
      if (options.conflict) return { entry: { ...entry, id: 'entry-copy-0001', revision: 1 }, conflict: true };
      revision += 1;
      return { entry: { ...entry, ...input.patch, revision }, conflict: false } as { entry: Entry; conflict: false };
    },
    'templates:list': () => [template()],
    'templates:apply': (input: { baseRevision: number }) => {
      applies.push(input);
      return { kind: 'applied', entry: { ...entry, revision: input.baseRevision + 1 } };
    },
    'prompts:today': () => null,
  });
  const onSaved = vi.fn();
  const onReplaced = vi.fn();
  render(
    <EntryView
      entry={entry}
      suggestions={{ worlds: [], people: [], free: [] }}
      onSaved={onSaved}
      onTrash={() => {}}
      onReplaced={onReplaced}
    />,
  );
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  return { invoke, updates, applies, onSaved, onReplaced, user };
}

const status = () => document.querySelector('.save-status')!;
const pause = (ms = AUTOSAVE_DELAY_MS) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('EntryView saving', () => {
  it('saves the title after a pause in typing, based on the entry’s revision', async () => {
    const { updates, onSaved, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' again');
    expect(status().getAttribute('data-state')).toBe('unsaved');
    expect(updates).toHaveLength(0);
    await pause();
    expect(updates).toEqual([{ id: entry.id, baseRevision: 7, patch: { title: 'Start again' } }]);
    expect(status().textContent).toBe('Saved');
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ revision: 8 }), false);
  });

  it('applies a template on the revision its own flush just made, not the one it opened with', async () => {
    const { updates, applies, onReplaced, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '!');
    await user.click(screen.getByRole('button', { name: 'Apply template…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /What\? So What\? Now What\?/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Use this template' }));
    await pause(0);
    expect(updates.map((u) => u.baseRevision)).toEqual([7]);
    expect(applies.map((a) => a.baseRevision)).toEqual([8]);
    expect(onReplaced).toHaveBeenCalledWith(expect.objectContaining({ revision: 9 }));
  });

  it('shows a failed save with Retry, which sends the same change again', async () => {
    const { updates, user } = setup({ failFirst: true });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '?');
    await pause();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not saved');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await pause(0);
    expect(updates.map((u) => [u.baseRevision, u.patch.title])).toEqual([
      [7, 'Start?'],
      [7, 'Start?'],
    ]);
    expect(status().textContent).toBe('Saved');
  });

  it('hands a conflict copy to the caller', async () => {
    const { onSaved, user } = setup({ conflict: true });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '.');
    await pause();
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'entry-copy-0001' }), true);
  });
});
