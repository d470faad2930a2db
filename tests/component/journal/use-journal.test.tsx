import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { encodeEntryList } from '@shared/entry-list';
import { useJournal } from '../../../src/renderer/src/features/journal/use-journal';
import { stubBridge } from './bridge-stub';
import { entryMeta, entrySummary } from './entry-fixture';

const first = entrySummary({ id: 'journal-a-01', date: '2026-03-04', title: 'A', tags: tagged(['council']) });
const second = entrySummary({ id: 'journal-b-01', date: '2026-03-03', title: 'B', tags: tagged(['council']) });

function tagged(worlds: string[]) {
  return { worlds, people: [], free: [] };
}

function setup() {
  let list = [first, second];
  const invoke = stubBridge({ 'entries:list': () => encodeEntryList(list, []) });
  const hook = renderHook(() => useJournal());
  return { invoke, hook, setList: (next: typeof list) => (list = next) };
}

const settle = () => act(async () => {});

describe('useJournal', () => {
  it('loads the list with one call, and counts tags from it rather than asking main', async () => {
    const { invoke, hook } = setup();
    await settle();
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['entries:list']);
    expect(hook.result.current.entries.map((e) => e.id)).toEqual(['journal-a-01', 'journal-b-01']);
    expect(hook.result.current.suggestions.worlds).toEqual(['council']);
  });

  it('patches a saved entry by id: no fetch, and the other entry keeps its object', async () => {
    const { invoke, hook } = setup();
    await settle();
    const untouched = hook.result.current.entries[1];
    const saved: Entry = {
      ...entryMeta({ ...first, title: 'A, revised', tags: tagged(['council', 'trust']) }),
      content: { root: { type: 'root' } },
      text: '',
    };
    act(() => hook.result.current.saved(saved));
    expect(hook.result.current.entries[0]!.label).toBe('A, revised');
    expect(hook.result.current.entries[1]).toBe(untouched);
    expect(hook.result.current.suggestions.worlds).toEqual(['council', 'trust']);
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('moves a trashed entry to the trash and back, with no fetch', async () => {
    const { invoke, hook } = setup();
    await settle();
    act(() => hook.result.current.changed({ ...first, trashedAt: '2025-11-20T10:00:00.000Z' }));
    expect(hook.result.current.entries.map((e) => e.id)).toEqual(['journal-b-01']);
    expect(hook.result.current.trashed.map((e) => e.id)).toEqual(['journal-a-01']);
    act(() => hook.result.current.changed({ ...first, trashedAt: null }));
    expect(hook.result.current.entries.map((e) => e.id)).toEqual(['journal-a-01', 'journal-b-01']);
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('fetches again when the window comes back, for what another device saved', async () => {
    const { hook, setList } = setup();
    await settle();
    setList([first, second, entrySummary({ id: 'journal-c-01', date: '2026-03-09', title: 'From the laptop' })]);
    await act(async () => void window.dispatchEvent(new Event('focus')));
    expect(hook.result.current.entries.map((e) => e.label)).toEqual(['From the laptop', 'A', 'B']);
  });
});
