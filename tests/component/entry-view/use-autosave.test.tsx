import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, EntryPatch } from '@shared/entry';
import { AUTOSAVE_DELAY_MS, useAutosave } from '../../../src/renderer/src/features/entry-view/use-autosave';
import { flushPendingWork } from '../../../src/renderer/src/state/pending-work';
import { stubBridge } from '../journal/bridge-stub';
import { entryMeta } from '../journal/entry-fixture';

type Update = { id: string; baseRevision: number; patch: EntryPatch };

const entry: Entry = {
  ...entryMeta({ id: 'autosave-entry-1', revision: 3 }),
  content: { root: { type: 'root' } },
  text: '',
};

/** A main that answers each save when the test says so, moving the revision on. */
function fakeMain() {
  const calls: Update[] = [];
  const answers: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
  let revision = entry.revision;
  let conflictNext = false;
  const invoke = stubBridge({
    'entries:update': (input: Update) => {
      calls.push(input);
      return new Promise((resolve, reject) => {
        answers.push({
          resolve: () => {
            if (conflictNext) {
              conflictNext = false;
              resolve({ entry: { ...entry, id: 'conflict-copy-1', revision: 1 }, conflict: true });
              return;
            }
            revision += 1;
            resolve({ entry: { ...entry, revision, title: input.patch.title ?? entry.title }, conflict: false });
          },
          reject,
        });
      });
    },
  });
  return {
    invoke,
    calls,
    answer: async (i = answers.length - 1) => act(async () => answers[i]!.resolve()),
    fail: async (i = answers.length - 1) =>
      act(async () => answers[i]!.reject({ code: 'DISK_FULL', message: 'The disk is full.' })),
    conflictNext: () => (conflictNext = true),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const wait = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

describe('useAutosave', () => {
  it('waits for a pause in typing, then sends one save with every change merged', async () => {
    const main = fakeMain();
    const onSaved = vi.fn();
    const { result } = renderHook(() => useAutosave(entry, onSaved));
    act(() => result.current.change({ title: 'Co' }));
    await wait(AUTOSAVE_DELAY_MS - 100);
    act(() => result.current.change({ title: 'Council', date: '2026-03-02' }));
    await wait(AUTOSAVE_DELAY_MS - 100);
    expect(main.calls).toHaveLength(0);
    expect(result.current.state.kind).toBe('unsaved');
    await wait(100);
    expect(main.calls).toEqual([{ id: entry.id, baseRevision: 3, patch: { title: 'Council', date: '2026-03-02' } }]);
    expect(result.current.state.kind).toBe('saving');
    await main.answer();
    expect(result.current.state.kind).toBe('saved');
    expect(result.current.revision).toBe(4);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ revision: 4 }), false);
  });

  it('keeps one save in flight; the next is based on the revision the first one made', async () => {
    const main = fakeMain();
    const { result } = renderHook(() => useAutosave(entry, () => {}));
    act(() => result.current.change({ title: 'One' }));
    await wait(AUTOSAVE_DELAY_MS);
    act(() => result.current.change({ title: 'Two' }));
    await wait(AUTOSAVE_DELAY_MS * 3);
    expect(main.calls).toHaveLength(1);
    await main.answer(0);
    await wait(0);
    expect(main.calls.map((c) => [c.baseRevision, c.patch.title])).toEqual([
      [3, 'One'],
      [4, 'Two'],
    ]);
    await main.answer(1);
    expect(result.current.revision).toBe(5);
  });

  it('keeps a failed save for Retry, merged under newer edits', async () => {
    const main = fakeMain();
    const { result } = renderHook(() => useAutosave(entry, () => {}));
    act(() => result.current.change({ title: 'Lost?', date: '2026-03-02' }));
    await wait(AUTOSAVE_DELAY_MS);
    await main.fail();
    expect(result.current.state.kind).toBe('error');
    // Retry sends the kept patch at once.
    act(() => void result.current.flush());
    await wait(0);
    expect(main.calls[1]!.patch).toEqual({ title: 'Lost?', date: '2026-03-02' });
    await main.fail();
    // An edit after a failure merges over the kept patch.
    act(() => result.current.change({ title: 'Not lost' }));
    await wait(AUTOSAVE_DELAY_MS);
    expect(main.calls[2]).toEqual({
      id: entry.id,
      baseRevision: 3,
      patch: { title: 'Not lost', date: '2026-03-02' },
    });
  });

  it('saves what is pending when the journal locks, without waiting for the pause', async () => {
    const main = fakeMain();
    const { result } = renderHook(() => useAutosave(entry, () => {}));
    act(() => result.current.change({ title: 'Before lock' }));
    let flushed = false;
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = flushPendingWork().then(() => void (flushed = true));
    });
    await wait(0);
    expect(main.calls.map((c) => c.patch.title)).toEqual(['Before lock']);
    expect(flushed).toBe(false);
    await main.answer();
    await act(() => done);
    expect(flushed).toBe(true);
  });

  it('reports a conflict and keeps the revision it had', async () => {
    const main = fakeMain();
    const onSaved = vi.fn();
    const { result } = renderHook(() => useAutosave(entry, onSaved));
    main.conflictNext();
    act(() => result.current.change({ title: 'Mine' }));
    await wait(AUTOSAVE_DELAY_MS);
    await main.answer();
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'conflict-copy-1' }), true);
    expect(result.current.revision).toBe(3);
  });

  it('saves pending work when it goes away (switching entries)', async () => {
    const main = fakeMain();
    const { result, unmount } = renderHook(() => useAutosave(entry, () => {}));
    act(() => result.current.change({ title: 'Switching' }));
    unmount();
    await wait(0);
    expect(main.calls.map((c) => c.patch.title)).toEqual(['Switching']);
  });
});
