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

/** The JSON `type` of an entry-link node (src/shared/lexical/entry-link-node.ts), which keeps its target in `entryId`. */
export const ENTRY_LINK_TYPE = 'entry-link';

/**
 * The entries a piece of content links to, each once, in the order first linked: entry-link nodes, and
 * the `#entry/` links written before them.
 */
export function entryLinksIn(content: { root: unknown }): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { url, children, type, entryId } = node as {
      url?: unknown;
      children?: unknown;
      type?: unknown;
      entryId?: unknown;
    };
    const id =
      type === ENTRY_LINK_TYPE && typeof entryId === 'string' && EntryId.safeParse(entryId).success
        ? entryId
        : typeof url === 'string'
          ? entryIdOfLink(url)
          : null;
    if (id) found.add(id);
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(content.root);
  return [...found];
}
