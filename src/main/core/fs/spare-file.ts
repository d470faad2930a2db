import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { BackgroundWork } from '../background-work';
import { nextTurn } from '../next-turn';
import type { FilledFile, FsPort } from './fs-port';

const PAGE = 4096;
/** Past this the data itself dwarfs the journal commit a spare saves, and zero-filling would double the writes. */
export const MAX_SPARE_BYTES = 1024 * 1024;

/** Room for an entry to grow by a quarter before its spare is too small. */
function sizeFor(length: number): number {
  return Math.max(2, Math.ceil((length * 1.25) / PAGE)) * PAGE;
}

/** Big enough, and not so big that a short entry sits in a file many times its size. */
function fits(size: number, length: number): boolean {
  return size >= length && size <= 2 * Math.max(PAGE, Math.ceil(length / PAGE) * PAGE);
}

/**
 * A temp file made ahead of the next save: zero-filled to its full size and fsynced while nobody
 * waits. A save written over it changes no file size or block map, so its fdatasync flushes only
 * the data, not the file system's journal, and its name is already durable, so the save can be
 * reported once it is linked: a power cut before the link is durable leaves the words in the spare,
 * where the next unlock finds them (unplaced-saves.ts).
 *
 * The spare's name is a temp name, so readers skip it and an unlock elsewhere removes it once stale.
 */
export class SpareFile {
  private ready: FilledFile | undefined;
  /** Every file operation this does in the background, so settled() can wait for them. */
  private readonly work = new BackgroundWork();
  private busy = false;
  private closed = false;

  constructor(
    private readonly fs: FsPort,
    private readonly dir: string,
  ) {}

  /** The spare, if one is ready and fits `length` bytes. It is then the caller's to use, close and remove. */
  take(length: number): FilledFile | undefined {
    const spare = this.ready;
    if (!spare || !fits(spare.size, length)) return undefined;
    this.ready = undefined;
    return spare;
  }

  /** Makes a spare for a next save of about `length` bytes, in the background, unless a fitting one is ready. */
  prepare(length: number): void {
    if (this.closed || this.busy || length > MAX_SPARE_BYTES || (this.ready && fits(this.ready.size, length))) return;
    this.busy = true;
    void this.work.track(
      nextTurn()
        .then(() => {
          this.discard();
          return this.make(sizeFor(length));
        })
        .finally(() => {
          this.busy = false;
        }),
    );
  }

  /** Resolves once a spare being made or removed has landed (tests and benchmarks wait on this). */
  settled(): Promise<void> {
    return this.work.settled();
  }

  /** Removes the spare and makes no more. */
  close(): void {
    this.closed = true;
    this.discard();
  }

  private async make(size: number): Promise<void> {
    const path = join(this.dir, `.spare.${randomBytes(6).toString('hex')}.tmp`);
    let made: FilledFile | undefined;
    try {
      made = await this.fs.createFilled(path, size);
      // Its name must survive a power cut too: a save written into it is reported before the
      // link to its final name is durable (atomic-write.ts, landLater).
      await this.fs.syncDir(this.dir);
      this.ready = made;
    } catch {
      made?.close();
      // A spare is only a head start: with none, the next save makes its own temp file.
      await this.fs.unlink(path).catch(() => undefined);
      return;
    }
    if (this.closed) this.discard();
  }

  private discard(): void {
    const spare = this.ready;
    this.ready = undefined;
    if (!spare) return;
    spare.close();
    void this.work.track(this.fs.unlink(spare.path).catch(() => undefined));
  }
}
