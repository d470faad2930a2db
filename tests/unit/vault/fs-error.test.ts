import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { fsError } from '../../../src/main/core/fs/fs-error';
import { errno } from './fixtures/failing-fs';

describe('fsError', () => {
  it.each([
    ['ENOSPC', 'DISK_FULL', /disk is full/],
    ['EDQUOT', 'DISK_FULL', /disk is full/],
    ['EACCES', 'NO_ACCESS', /not allowed/],
    ['EPERM', 'NO_ACCESS', /not allowed/],
    ['EROFS', 'NO_ACCESS', /read-only/],
    ['ENOENT', 'VAULT_NOT_FOUND', /is not there/],
    ['ENOTDIR', 'VAULT_NOT_FOUND', /is not there/],
    ['EBUSY', 'NO_ACCESS', /in use by another program/],
    ['EIO', 'INTERNAL', /read or write error/],
    ['EMFILE', 'INTERNAL', /too many files are open/],
    ['ENFILE', 'INTERNAL', /too many files are open/],
    ['EWHATEVER', 'INTERNAL', /EWHATEVER/],
  ])('maps %s to %s with words a person can act on', (code, expected, words) => {
    const err = fsError(errno(code), 'save the entry', '/v/entries/x.lse');
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe(expected);
    expect(err.message).toMatch(/^Landscape could not save the entry/);
    expect(err.message).toMatch(words);
    expect(err.cause).toBeDefined();
  });

  it('names the path where the person can act on it, and says nothing saved was lost on a full disk', () => {
    const path = '/v/entries/x.lse';
    for (const code of ['EACCES', 'EROFS', 'EBUSY', 'ENOENT', 'EIO'])
      expect(fsError(errno(code), 'save the entry', path).message).toContain(path);
    expect(fsError(errno('ENOSPC'), 'save the entry', path).message).toMatch(/nothing already saved was lost/);
  });

  it('names an error without a code by its message, and something thrown that is not an error as it is', () => {
    expect(fsError(new Error('socket hang up'), 'read the entry', 'p').message).toBe(
      'Landscape could not read the entry (socket hang up).',
    );
    expect(fsError('a string', 'read the entry', 'p').message).toBe('Landscape could not read the entry (a string).');
    expect(fsError(null, 'read the entry', 'p').message).toBe('Landscape could not read the entry (null).');
    expect(fsError(undefined, 'read the entry', 'p').code).toBe('INTERNAL');
  });

  it('passes an AppError through unchanged', () => {
    const original = new AppError('VAULT_LOCKED', 'locked');
    expect(fsError(original, 'x', 'y')).toBe(original);
  });
});
