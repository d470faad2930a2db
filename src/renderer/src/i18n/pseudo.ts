// The pseudo-locale (en-XA): every English string accented and bracketed, made from the English
// catalogue, so a browser test can see at a glance which words on screen never went through it.
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÀßÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][i]!,
  ]),
);

// Placeholders ({{name}}), nested keys ($t(...)) and Trans tags (<0>, </strong>) must survive as written.
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[\w]+\s*\/?>)/;

/** "Week of {{date}}" → "⟦Ŵééķ öƒ {{date}}⟧" */
export function pseudoString(english: string): string {
  const accented = english
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

type Tree = { [key: string]: string | Tree };

export function pseudoCatalogue<C extends object>(english: C): C {
  const walk = (tree: Tree): Tree =>
    Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudoString(value) : walk(value)]),
    );
  return walk(english as unknown as Tree) as unknown as C;
}
