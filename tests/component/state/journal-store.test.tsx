import { describe, expect, it } from 'vitest';
import { JournalStore } from '../../../src/renderer/src/state/journal-store';
import { entrySummary } from '../journal/entry-fixture';

function loaded() {
  const a = entrySummary({ id: 'entry-a-0001', date: '2026-03-04', title: 'A', tags: tags(['council'], []) });
  const b = entrySummary({ id: 'entry-b-0001', date: '2026-03-03', title: 'B', tags: tags(['council'], ['Ann']) });
  const c = entrySummary({ id: 'entry-c-0001', date: '2026-03-02', title: 'C', trashedAt: '2026-03-05T10:00:00Z' });
  const store = new JournalStore();
  store.load([a, b, c], []);
  return { store, a, b, c };
}

function tags(worlds: string[], people: string[], free: string[] = []) {
  return { worlds, people, free };
}

describe('JournalStore', () => {
  it('holds live entries newest first, the trash apart, and counts tags of live entries only', () => {
    const { store } = loaded();
    const s = store.getSnapshot();
    expect(s.entries.map((e) => e.id)).toEqual(['entry-a-0001', 'entry-b-0001']);
    expect(s.trashed.map((e) => e.id)).toEqual(['entry-c-0001']);
    expect(s.tags.worlds).toEqual([{ name: 'council', count: 2 }]);
    expect(s.loaded).toBe(true);
  });

  it('patches a saved entry in place: one new object, the others and the order kept', () => {
    const { store, a, b } = loaded();
    const before = store.getSnapshot();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.patch([{ ...b, label: 'B, rewritten' }]);
    const after = store.getSnapshot();
    expect(notified).toBe(1);
    expect(after.entries[0]).toBe(a);
    expect(after.entries[1]!.label).toBe('B, rewritten');
    expect(after.order).toBe(before.order);
    expect(after.tags).toBe(before.tags);
  });

  it('ignores a patch that changes nothing', () => {
    const { store, b } = loaded();
    const before = store.getSnapshot();
    store.patch([{ ...b, tags: tags(['council'], ['Ann']) }]);
    expect(store.getSnapshot()).toBe(before);
  });

  it('moves an entry whose date changed, and recounts tags when they changed', () => {
    const { store, b } = loaded();
    store.patch([{ ...b, date: '2026-03-09', tags: tags(['council', 'trust'], ['Ann']) }]);
    const s = store.getSnapshot();
    expect(s.order).toEqual(['entry-b-0001', 'entry-a-0001']);
    expect(s.tags.worlds).toEqual([
      { name: 'council', count: 2 },
      { name: 'trust', count: 1 },
    ]);
  });

  it('adds a new entry, trashes, restores and purges by id', () => {
    const { store, a } = loaded();
    store.patch([entrySummary({ id: 'entry-new-001', date: '2026-03-04', createdAt: '2026-03-04T23:00:00Z' })]);
    expect(store.getSnapshot().order[0]).toBe('entry-new-001');
    store.patch([{ ...a, trashedAt: '2026-03-06T10:00:00Z' }]);
    expect(store.getSnapshot().entries.map((e) => e.id)).not.toContain(a.id);
    expect(store.getSnapshot().trashed.map((e) => e.id)).toContain(a.id);
    expect(store.getSnapshot().tags.worlds).toEqual([{ name: 'council', count: 1 }]);
    store.patch([{ ...a, trashedAt: null }]);
    expect(store.getSnapshot().entries.map((e) => e.id)).toContain(a.id);
    store.remove('entry-c-0001');
    expect(store.getSnapshot().trashed).toEqual([]);
  });

  it('renames a tag in every entry that has it, merging into an existing name', () => {
    const { store } = loaded();
    store.patch([entrySummary({ id: 'entry-d-0001', tags: tags(['local council', 'council'], []) })]);
    store.renameTag('worlds', 'local council', 'council');
    expect(store.get('entry-d-0001')!.tags.worlds).toEqual(['council']);
    expect(store.getSnapshot().tags.worlds).toEqual([{ name: 'council', count: 3 }]);
  });

  it('keeps unchanged objects when the full list comes again, so their rows are not redrawn', () => {
    const { store, a, b } = loaded();
    store.load([{ ...a }, { ...b, label: 'B from the laptop' }], []);
    const s = store.getSnapshot();
    expect(s.entries[0]).toBe(a);
    expect(s.entries[1]!.label).toBe('B from the laptop');
    expect(s.trashed).toEqual([]);
  });
});
