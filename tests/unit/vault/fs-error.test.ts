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
    ['EIO', 'INTERNAL', /read or write error/],
    ['EWHATEVER', 'INTERNAL', /EWHATEVER/],
  ])('maps %s to %s with words a person can act on', (code, expected, words) => {
    const err = fsError(errno(code), 'save the entry', '/v/entries/x.lse');
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe(expected);
    expect(err.message).toMatch(/^Landscape could not save the entry/);
    expect(err.message).toMatch(words);
    expect(err.cause).toBeDefined();
  });

  it('passes an AppError through unchanged', () => {
    const original = new AppError('VAULT_LOCKED', 'locked');
    expect(fsError(original, 'x', 'y')).toBe(original);
  });
});
