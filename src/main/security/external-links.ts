/** Only web links may leave the app, and only after the person says yes. */
export function isOpenableExternalUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname.length > 0;
  } catch {
    return false;
  }
}
