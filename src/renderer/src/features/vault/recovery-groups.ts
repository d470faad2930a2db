/** How many groups the person types back to show they kept the key. */
const ASKED = 3;

/** Three different groups, at random, in order: enough to show the key was kept, few enough to type. */
export function confirmGroups(count: number, random: () => number = secureRandom): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(ASKED, count)) picked.add(Math.floor(random() * count));
  return [...picked].sort((a, b) => a - b);
}

/** As the unlock screen reads a key: any case, spaces or dashes, and the look-alikes O→0, I/L→1. */
export function groupMatches(typed: string, group: string): boolean {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return cleaned.length > 0 && cleaned === group;
}

function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}
