import { BackgroundWork } from '../background-work';
import type { FsPort, OpenDir } from './fs-port';

/**
 * A folder kept open across saves, so that each save only fsyncs it: opening it afresh every time
 * is one more thread-pool job racing the save's own. fsync covers the folder as it is when called.
 */
export class KeptDir {
  private opened: Promise<OpenDir> | undefined;
  private readonly users = new BackgroundWork();

  constructor(
    private readonly fs: FsPort,
    private readonly path: string,
  ) {}

  /** Runs `run` with the folder. One that failed to open (missing, say) is tried afresh next time. */
  use<T>(run: (dir: Promise<OpenDir>) => Promise<T>): Promise<T> {
    if (!this.opened) {
      const opening = this.fs.openDir(this.path);
      opening.catch(() => {
        if (this.opened === opening) this.opened = undefined;
      });
      this.opened = opening;
    }
    return this.hold(run(this.opened));
  }

  /** Keeps the folder open until `job` has finished (work a run left to finish in the background). */
  hold<T>(job: Promise<T>): Promise<T> {
    return this.users.track(job);
  }

  /** Closes the folder once the runs still using it have finished. */
  close(): void {
    const dir = this.opened;
    this.opened = undefined;
    if (!dir) return;
    void this.users.settled().then(() =>
      dir.then(
        (d) => d.close(),
        () => undefined,
      ),
    );
  }
}
