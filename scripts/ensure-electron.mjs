// postinstall: fetch Electron's binary where the network allows, so `npm start` works straight
// after `npm install`. Electron >=42 no longer does this itself. Offline, warn once and succeed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, electronPackageDir, FIX } from './electron-binary.mjs';

const TIMEOUT_MS = 5 * 60 * 1000;

function main() {
  if (process.env.LANDSCAPE_SKIP_ELECTRON_DOWNLOAD) return warn('LANDSCAPE_SKIP_ELECTRON_DOWNLOAD is set');
  if (electronBinary().ready) return;
  const dir = electronPackageDir();
  if (!dir) return warn('the electron package is not installed');
  const run = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: TIMEOUT_MS,
    encoding: 'utf8',
  });
  const after = electronBinary();
  if (after.ready) return console.log(`Landscape: Electron is ready (${after.path}).`);
  const why = run.error?.message ?? firstLine(run.stderr) ?? after.reason;
  warn(`the Electron binary could not be downloaded (${why})`);
}

function firstLine(text) {
  const line = (text ?? '').split('\n').find((l) => l.trim() && !l.trim().startsWith('at '));
  return line?.trim() || null;
}

function warn(reason) {
  console.warn(
    `\nLandscape warning: ${reason}.\n` +
      'Install finished; tests and the browser build work, but `npm start` needs the binary.\n' +
      `${FIX}\n`,
  );
}

main();
