import { describe, expect, it } from 'vitest';
import { parseSyncConflictName } from '../../../src/main/core/vault/sync-conflicts';

const ID = 'abcdefghijklmnopqrstuvwxyz';

describe('names of sync-conflict copies', () => {
  it.each([
    [`${ID}.2 (Ann's conflicted copy 2026-03-14).lse`, 2],
    [`${ID}.2.sync-conflict-20260314-101112-ABCDEFG.lse`, 2],
    [`${ID}.17-DESKTOP-7QK2M1.lse`, 17],
    [`${ID}.3 (1).LSE`, 3],
    [`${ID}.999999999 2.lse`, 999_999_999],
    [`${ID}.2.lse.conflict-20260314`, 2],
    [`${ID}.2.LSE (1)`, 2],
    [`Ab_-cdef.4 (1).lse`, 4],
  ])('%s is revision %i of its entry', (name, revision) => {
    expect(parseSyncConflictName(name)).toEqual({ id: name.split('.')[0], revision });
  });

  it.each([
    [`${ID}.2.lse`, 'the entry file itself'],
    [`.${ID}.2 (1).lse`, 'a hidden or temp file'],
    [`${ID}.2 (1).txt`, 'not an entry file'],
    [`${ID}.2 (1).lsex`, '.lse only as the start of a longer extension'],
    [`${ID}.2 (1).lse.bak`, 'a suffix that is neither around .lse'],
    [`abcdefg.2 (1).lse`, 'an id too short'],
    [`${'a'.repeat(65)}.2 (1).lse`, 'an id too long'],
    [`${ID}.0 (1).lse`, 'revision 0'],
    [`${ID}.02 (1).lse`, 'a revision with a leading zero'],
    [`${ID}.x (1).lse`, 'no revision'],
    [`abc.def.ghi.2 (1).lse`, 'dots in the id'],
    [`${ID}.2 (1)\\x.lse`, 'a backslash in the suffix'],
    [`${ID}.2/x.lse`, 'a slash in the suffix'],
    [`x ${ID}.2 (1).lse`, 'something before the id'],
  ])('%s is not one (%s)', (name) => {
    expect(parseSyncConflictName(name)).toBeUndefined();
  });
});
