// `npm start`: build, then launch the desktop app; or say plainly why it cannot launch.
import { spawnSync } from 'node:child_process';
import { electronBinary, FIX } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary.ready) {
  console.error(`Landscape cannot start: ${binary.reason}.\n${FIX}`);
  process.exit(1);
}
// `preview` is a production build (import.meta.env.DEV is false: no dev server, no DevTools), then Electron on it.
const run = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
