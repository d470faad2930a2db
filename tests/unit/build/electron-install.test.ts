import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../../scripts/electron-binary.mjs';

describe('finding the Electron binary', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'electron-pkg-'));

  it('is not ready without path.txt', () => {
    expect(electronBinary(dir())).toEqual({ ready: false, reason: 'the Electron binary has not been downloaded' });
  });

  it('is not ready when path.txt names a missing file', () => {
    const pkg = dir();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    const found = electronBinary(pkg);
    expect(found.ready).toBe(false);
  });

  it('is ready when the named binary exists', () => {
    const pkg = dir();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(electronBinary(pkg)).toEqual({ ready: true, path: join(pkg, 'dist', 'electron') });
  });

  it('is not ready when the package is missing', () => {
    expect(electronBinary(null)).toEqual({ ready: false, reason: 'the electron package is not installed' });
  });
});

describe('npm start without a binary', () => {
  it('says so plainly, names the fix and prints no stack trace', () => {
    if (electronBinary().ready) return; // a machine with Electron starts the app instead
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Landscape cannot start: .+\.\n.*npx install-electron/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
