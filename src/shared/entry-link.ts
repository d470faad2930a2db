/**
 * A link from one entry to another, as stored in entry content: a fragment, so Lexical keeps it as
 * written, the page never navigates for it (LinkClickPlugin takes every click), and it cannot
 * reach the external-link policy in main, which opens only web addresses.
 */
import { EntryId } from './entry';

const PREFIX = '#entry/';

export function entryLink(id: string): string {
  return `${PREFIX}${id}`;
}

/** The entry id an internal link points to, or null for any other address. */
export function entryIdOfLink(url: string): string | null {
  if (!url.startsWith(PREFIX)) return null;
  const id = url.slice(PREFIX.length);
  return EntryId.safeParse(id).success ? id : null;
}

/** The entries a piece of content links to, each once, in the order first linked. */
export function entryLinksIn(content: { root: unknown }): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { url, children } = node as { url?: unknown; children?: unknown };
    const id = typeof url === 'string' ? entryIdOfLink(url) : null;
    if (id) found.add(id);
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(content.root);
  return [...found];
}
