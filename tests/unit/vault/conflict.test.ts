import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { applyPatch, conflictCopy } from '../../../src/main/core/vault/conflict';
import { draft } from './fixtures/vault-fixture';

const entry = (over: Partial<Entry> = {}): Entry =>
  ({
    ...draft('words'),
    id: 'abcdefgh',
    revision: 4,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    trashedAt: '2025-01-03T00:00:00.000Z',
    ...over,
  }) as Entry;

describe('conflictCopy', () => {
  it('keeps the writer’s words under a marked title, pointing at the original, out of the trash, without identity', () => {
    const copy = conflictCopy(entry({ title: 'Board meeting' }), 'original1');
    expect(copy).toMatchObject({ title: 'Board meeting (conflict copy)', conflictOf: 'original1', trashedAt: null });
    for (const key of ['id', 'revision', 'createdAt', 'updatedAt']) expect(copy).not.toHaveProperty(key);
    expect((copy as { content: unknown }).content).toEqual(entry().content);
  });

  it('calls an untitled entry Untitled, and keeps a long title within 300 characters, mark included', () => {
    expect(conflictCopy(entry({ title: '' }), 'o').title).toBe('Untitled (conflict copy)');
    const long = conflictCopy(entry({ title: 'x'.repeat(400) }), 'o').title;
    expect(long).toHaveLength(300);
    expect(long.endsWith('x (conflict copy)')).toBe(true);
  });
});

describe('applyPatch', () => {
  it('sets the fields given, skips the undefined ones, and leaves the base unchanged', () => {
    const base = entry({ title: 'Old' });
    const next = applyPatch(base, { title: 'New', date: undefined });
    expect(next.title).toBe('New');
    expect(next.date).toBe(base.date);
    expect(base.title).toBe('Old');
  });
});
