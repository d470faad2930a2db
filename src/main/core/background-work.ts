/**
 * Work a call started and left to finish after it returned (an old revision moved aside, a file made
 * ahead, a folder's fsync), so that whoever must wait for it (a purge, a lock, a test, a benchmark)
 * can. A job should catch its own failures: a failed one counts as settled.
 */
export class BackgroundWork {
  private readonly jobs = new Set<Promise<unknown>>();

  /** Tracks `job` until it settles, and returns it. */
  track<T>(job: Promise<T>): Promise<T> {
    this.jobs.add(job);
    const done = () => this.jobs.delete(job);
    void job.then(done, done);
    return job;
  }

  /** Resolves once every job, including those started meanwhile, has settled. */
  async settled(): Promise<void> {
    while (this.jobs.size) await Promise.allSettled([...this.jobs]);
  }
}
