/**
 * "Tab moves focus" (Ctrl+M), as in VS Code and the Lexical playground: while on, Tab in a list leaves the
 * editor instead of indenting. It holds for the session, across entries.
 */
let on = false;

export const tabMovesFocus = (): boolean => on;

export function toggleTabMovesFocus(): boolean {
  on = !on;
  return on;
}
