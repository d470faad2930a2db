import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh data folder for an app a bench serves through the test bridge. */
export const makeDataDir = (name: string): Promise<string> => mkdtemp(join(tmpdir(), `landscape-bench-${name}-`));

/** Removed with retries: the bridge's app may still be writing this device's marks (a second after a save). */
export const removeDataDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true, maxRetries: 5 });
