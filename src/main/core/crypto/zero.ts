/** Overwrites key material in place so it does not linger in memory after use. */
export function zero(...buffers: Array<Buffer | undefined>): void {
  for (const b of buffers) b?.fill(0);
}
