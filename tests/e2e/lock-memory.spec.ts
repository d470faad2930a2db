import type { CDPSession } from '@playwright/test';
import { expect, test } from './fixtures';

/** Words no part of the app contains, so finding one in the page's heap means the entry is still there. */
const WORDS = ['quillmarrowfenwick', 'ottersplinegazebo', 'larchbrindlecomet'];

async function heapSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  return chunks.join('');
}

test('after lock, a heap snapshot of the page holds none of the entry’s words', async ({ app }) => {
  // Two heap snapshots of the whole app: slow on a loaded machine.
  test.setTimeout(300_000);
  await app.createVault();
  await app.entry.write(`${WORDS.join(' ')} by the river`);
  await app.entry.expectSaved();
  const cdp = await app.page.context().newCDPSession(app.page);
  // The words are in the page while the journal is open: the check can find them.
  expect(await heapSnapshot(cdp)).toContain(WORDS[0]);
  await app.lock();
  const after = await heapSnapshot(await app.page.context().newCDPSession(app.page));
  for (const word of WORDS) expect(after.includes(word), word).toBe(false);
});
