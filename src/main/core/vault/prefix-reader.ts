import type { FsPort } from '../fs/fs-port';
import { boundedMap } from './bounded-map';

const SLICE = 32;
/** A slice slower than ~1 ms a file means slow storage (a network share, cloud placeholders). */
const SLOW_SLICE_MS = 32;
/** Files in flight at once on the asynchronous path. */
const PARALLELISM = 32;

export type Prefix = { ok: true; bytes: Buffer } | { ok: false; error: unknown };

/**
 * Reads the first `length` bytes of each file and hands each to `use` as it arrives.
 *
 * On a local disk, small synchronous reads in slices, yielding to the event loop between slices,
 * are several times faster than thread-pool round trips: 10,000 files measured ~60 ms against
 * 300–800 ms on a busy two-core machine. And `use` (decrypting) runs on this thread either way.
 * If a slice turns out slow, the rest are read asynchronously, PARALLELISM at a time, so slow
 * storage never holds the main process for more than one slice.
 */
export async function readPrefixes(
  fs: FsPort,
  paths: readonly string[],
  length: number,
  maxBytes: number,
  use: (index: number, prefix: Prefix) => void,
): Promise<void> {
  let i = 0;
  while (i < paths.length) {
    const started = performance.now();
    const end = Math.min(i + SLICE, paths.length);
    for (; i < end; i++)
      use(
        i,
        attempt(() => fs.readPrefixSync(paths[i]!, length, maxBytes)),
      );
    if (performance.now() - started > SLOW_SLICE_MS) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const rest = Array.from({ length: paths.length - i }, (_, k) => i + k);
  await boundedMap(rest, PARALLELISM, async (j) => {
    use(
      j,
      await fs.readPrefix(paths[j]!, length, maxBytes).then(
        (bytes): Prefix => ({ ok: true, bytes }),
        (error: unknown): Prefix => ({ ok: false, error }),
      ),
    );
  });
}

function attempt(read: () => Buffer): Prefix {
  try {
    return { ok: true, bytes: read() };
  } catch (error) {
    return { ok: false, error };
  }
}
