/**
 * Resolves on a later turn of the event loop, once the current call and whoever awaits it have run.
 * Background file work after a save starts here: on a small VM merely starting a file call costs
 * the main thread tens of microseconds, which would otherwise delay the save's own reply.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
