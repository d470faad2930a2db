// Where the Electron binary is, or why it is not there. Shared by install and start.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** @returns {{ ready: true, path: string } | { ready: false, reason: string }} */
export function electronBinary(dir = electronPackageDir()) {
  if (!dir) return { ready: false, reason: 'the electron package is not installed' };
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { ready: false, reason: 'the Electron binary has not been downloaded' };
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { ready: false, reason: `the Electron binary is missing at ${binary}` };
  return { ready: true, path: binary };
}

export const FIX = 'Connect to the internet and run `npx install-electron`, then `npm start` again.';
