import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entryFileName,
  parseEntryFileName,
  parseRevisionFileName,
  paths,
  RECORD_NAME_PART,
} from '../../../src/main/core/vault/layout';

describe('vault file names', () => {
  it('names an entry file by id and revision, and reads the name back', () => {
    expect(entryFileName('abcdefgh', 12)).toBe('abcdefgh.12.lse');
    expect(parseEntryFileName('abcdefgh.12.lse')).toEqual({ id: 'abcdefgh', revision: 12 });
    expect(parseEntryFileName(`${'a'.repeat(64)}.999999999.lse`)).toEqual({ id: 'a'.repeat(64), revision: 999999999 });
    expect(parseEntryFileName('Ab_-0123.1.lse')).toEqual({ id: 'Ab_-0123', revision: 1 });
  });

  it.each([
    ['an id of 7 characters', 'abcdefg.1.lse'],
    ['an id of 65 characters', `${'a'.repeat(65)}.1.lse`],
    ['revision 0', 'abcdefgh.0.lse'],
    ['a leading zero', 'abcdefgh.01.lse'],
    ['a ten-digit revision', 'abcdefgh.1000000000.lse'],
    ['another extension', 'abcdefgh.1.lsr'],
    ['a prefix', 'x/abcdefgh.1.lse'],
    ['a suffix', 'abcdefgh.1.lse.tmp'],
    ['a dot in the id', 'abc.defgh.1.lse'],
  ])('is not an entry file: %s', (_what, name) => {
    expect(parseEntryFileName(name)).toBeUndefined();
  });

  it('reads a revision file name, and nothing else', () => {
    expect(parseRevisionFileName('7.lse')).toBe(7);
    expect(parseRevisionFileName('999999999.lse')).toBe(999999999);
    for (const name of ['0.lse', '07.lse', '1000000000.lse', 'a.lse', '7.lse.tmp', 'x7.lse', '7.lsr'])
      expect(parseRevisionFileName(name)).toBeUndefined();
  });

  it('holds record names to lower-case letters, digits, - and _, 1 to 64 long', () => {
    for (const ok of ['a', 'weekly-review_2', 'z'.repeat(64)]) expect(RECORD_NAME_PART.test(ok)).toBe(true);
    for (const bad of ['', 'Weekly', 'a.b', 'a/b', 'z'.repeat(65), ' a', 'a\n'])
      expect(RECORD_NAME_PART.test(bad)).toBe(false);
  });

  it('lays out every file under the vault folder', () => {
    const p = paths('/v');
    expect(p).toMatchObject({
      root: '/v',
      header: join('/v', 'landscape-vault.json'),
      headerBackup: join('/v', 'landscape-vault.backup.json'),
      entries: join('/v', 'entries'),
      revisionsRoot: join('/v', 'revisions'),
      recordsRoot: join('/v', 'records'),
    });
    expect(p.entry('abcdefgh', 3)).toBe(join('/v', 'entries', 'abcdefgh.3.lse'));
    expect(p.revisions('abcdefgh')).toBe(join('/v', 'revisions', 'abcdefgh'));
    expect(p.revision('abcdefgh', 2)).toBe(join('/v', 'revisions', 'abcdefgh', '2.lse'));
    expect(p.records('templates')).toBe(join('/v', 'records', 'templates'));
    expect(p.record('templates', 'weekly')).toBe(join('/v', 'records', 'templates', 'weekly.lsr'));
  });
});
