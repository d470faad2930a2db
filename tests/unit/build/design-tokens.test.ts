// The design system's one rule: colours, type sizes and faces come from styles/tokens.css. Any other
// style sheet that writes a literal colour, a font size in rem or px, or a font list fails here.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(__dirname, '../../../src/renderer/src');
const TOKENS = 'styles/tokens.css';

async function styleSheets(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await styleSheets(path)));
    else if (entry.name.endsWith('.css')) found.push(path);
  }
  return found;
}

const RULES: Array<[string, RegExp]> = [
  ['a literal colour', /#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(|light-dark\(/i],
  ['a font size off the scale', /font-size:\s*[0-9.]+(?:rem|px)/],
  ['a font list', /font-family:(?!\s*(?:var\(--font-|inherit))/],
  ['a radius off the scale', /border-radius:\s*[0-9.]+(?:px|rem)/],
];

describe('design tokens', () => {
  it('every other style sheet takes colours, sizes and faces from the tokens', async () => {
    const sheets = await styleSheets(RENDERER);
    expect(sheets.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const sheet of sheets) {
      const name = relative(RENDERER, sheet).split('\\').join('/');
      if (name === TOKENS) continue;
      const lines = (await readFile(sheet, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\*.*?\*\//g, '');
        for (const [what, pattern] of RULES) if (pattern.test(code)) found.push(`${name}:${i + 1} has ${what}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the tokens define one type scale, a spacing scale and both themes’ colours', async () => {
    const tokens = await readFile(join(RENDERER, TOKENS), 'utf8');
    for (const step of ['xs', 'sm', 'base', 'md', 'lg', 'xl']) expect(tokens).toMatch(`--text-${step}:`);
    for (const step of [1, 2, 3, 4, 5]) expect(tokens).toMatch(`--space-${step}:`);
    for (const colour of ['--bg', '--fg', '--panel', '--muted', '--accent', '--border', '--danger', '--focus'])
      expect(tokens).toMatch(new RegExp(`${colour}: light-dark\\(`));
  });
});
