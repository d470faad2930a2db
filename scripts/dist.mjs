// `npm run dist [-- --dir]`: a production build, then installers for this platform (electron-builder).
// Uses the Electron binary already in node_modules when there is one; otherwise electron-builder downloads
// Electron, and where it cannot, this says so in one line instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const local = electronBinary();
const args = ['electron-builder', '--config', 'electron-builder.config.mjs', ...process.argv.slice(2)];
if (local.ready) args.push(`-c.electronDist=${dirname(local.path)}`);
const pack = spawnSync(npx, args, { encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });
const output = `${pack.stdout ?? ''}${pack.stderr ?? ''}`;
if (pack.status === 0) {
  process.stdout.write(output);
  process.exit(0);
}
if (
  !local.ready &&
  /download|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|getaddrinfo|dial tcp|status code 40/i.test(output)
) {
  const version = electronPackageDir() ? 'Electron' : 'the electron package';
  console.error(
    `Landscape cannot package here: electron-builder could not download ${version} (no network); run \`npx install-electron\` or \`npm run dist\` where the network allows.`,
  );
  process.exit(1);
}
process.stderr.write(output);
process.exit(pack.status ?? 1);
