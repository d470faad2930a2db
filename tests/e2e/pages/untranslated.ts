import type { Page } from '@playwright/test';
import { pseudoString, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../src/renderer/src/i18n/pseudo';

/** What a pseudo-locale screen should show for an English catalogue string: a name to find things by. */
export const P = (english: string, values: Record<string, string> = {}): string =>
  pseudoString(english).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** A name that begins with the pseudo-locale's form of `english` (a button with more words, hidden, after it). */
export const startsP = (english: string): RegExp => new RegExp(`^${P(english).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Parts of the page that hold the writer's words or data, never UI chrome. */
const NOT_CHROME = ['[contenteditable="true"]', '[data-testid="recovery-key"]', '.path', 'textarea'];

/**
 * Every visible text node, and every aria-label, placeholder, title and alt, that carries letters outside the
 * pseudo marks once the writer's own `content` (and main's template and prompt words) and Intl's month and
 * weekday names are taken out. An empty list means every word of chrome on screen went through the catalogue.
 */
export async function untranslated(
  page: Page,
  content: readonly string[],
  notYet: readonly string[] = [],
): Promise<string[]> {
  return page.evaluate(
    ({ content, open, close, skip, notYet }) => {
      const names = new Set<string>();
      for (const month of ['long', 'short'] as const)
        for (let m = 0; m < 12; m++)
          names.add(new Intl.DateTimeFormat(document.documentElement.lang, { month }).format(new Date(2026, m, 15)));
      for (const weekday of ['long', 'short'] as const)
        for (let d = 0; d < 7; d++)
          names.add(
            new Intl.DateTimeFormat(document.documentElement.lang, { weekday }).format(new Date(2026, 0, 5 + d)),
          );
      const removable = [...content, ...names].filter(Boolean).sort((a, b) => b.length - a.length);
      const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const O = esc(open);
      const C = esc(close);
      // Innermost first, as strings nest ("⟦⟦Ŵöŕĺđš⟧ àđđéđ⟧"); then the ends of strings a node holds only part of.
      const inner = new RegExp(`${O}[^${O}${C}]*${C}`, 'g');
      const edges = new RegExp(`${O}[^${C}]*$|^[^${O}]*${C}`, 'g');
      const unmark = (text: string) => {
        for (let last = ''; last !== text;) [last, text] = [text, text.replace(inner, ' ')];
        return text.replace(edges, ' ');
      };
      // Key chords ("Ctrl+Shift+K") are written as the keys are labelled, not translated.
      const chord = /\b(?:(?:Ctrl|Alt|Shift)\+)+\S+/g;
      const bare = (text: string) => {
        let rest = unmark(text).replace(chord, ' ');
        for (const words of removable) rest = rest.split(words).join(' ');
        return /\p{L}/u.test(rest) ? text.trim() : null;
      };
      const within = (el: Element | null, selectors: string[]) => !el || selectors.some((s) => el.closest(s));
      const skipped = (el: Element | null) => within(el, skip) || within(el, notYet);
      const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false });

      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || skipped(el) || ['SCRIPT', 'STYLE'].includes(el.tagName) || !visible(el)) continue;
        const hit = bare(node.textContent ?? '');
        if (hit) found.push(`<${el.tagName.toLowerCase()}> ${hit}`);
      }
      for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
        // An element's own attributes are chrome even where its text is the writer's (the editor's name).
        if (within(el.parentElement, skip) || within(el, notYet) || !visible(el)) continue;
        for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
          const hit = bare(el.getAttribute(attribute) ?? '');
          if (hit) found.push(`<${el.tagName.toLowerCase()} ${attribute}> ${hit}`);
        }
      }
      return found;
    },
    { content: [...content], open: PSEUDO_OPEN, close: PSEUDO_CLOSE, skip: NOT_CHROME, notYet: [...notYet] },
  );
}
