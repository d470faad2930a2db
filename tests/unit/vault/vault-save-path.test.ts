// A content-only save (what autosave sends) reads no file and parses the content once.
import { describe, expect, it, vi } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { draft, lexical, newVault } from './fixtures/vault-fixture';

const parses = vi.hoisted(() => ({ count: 0 }));

vi.mock('@lexical/headless', async (importOriginal) => {
  const original = await importOriginal<typeof import('@lexical/headless')>();
  return {
    ...original,
    createHeadlessEditor: (...args: Parameters<typeof original.createHeadlessEditor>) => {
      const editor = original.createHeadlessEditor(...args);
      const parse = editor.parseEditorState.bind(editor);
      editor.parseEditorState = ((...parseArgs: Parameters<typeof parse>) => {
        parses.count += 1;
        return parse(...parseArgs);
      }) as typeof editor.parseEditorState;
      return editor;
    },
  };
});

const READS = ['readFile', 'readPrefix', 'readPrefixSync'] as const;

function countingReads(): FsPort & { reads: string[] } {
  const reads: string[] = [];
  const port = { ...nodeFs, reads } as FsPort & { reads: string[] };
  for (const name of READS) {
    const real = nodeFs[name] as (...args: unknown[]) => unknown;
    (port as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      reads.push(`${name} ${String(args[0])}`);
      return real(...args);
    };
  }
  return port;
}

describe('a content-only save', () => {
  it('reads no file and parses the content once', async () => {
    const fs = countingReads();
    const { vault } = await newVault({ fs });
    const e = await vault.entries.create(draft('first words', { tags: { worlds: ['council'], free: [] } }));
    await vault.entries.settled();
    fs.reads.length = 0;
    parses.count = 0;

    const { entry, conflict } = await vault.entries.update(e.id, e.revision, { content: lexical('second words here') });

    expect(fs.reads).toEqual([]);
    expect(parses.count).toBe(1);
    expect(conflict).toBe(false);
    expect(entry).toMatchObject({ text: 'second words here', wordCount: 3, tags: { worlds: ['council'] } });
    // And it was saved: a fresh read from disk agrees.
    await vault.entries.settled();
    expect(await vault.entries.get(e.id)).toMatchObject({ revision: 2, text: 'second words here' });
  });
});
