// Runs the project's own ESLint config on small sources placed at real paths, so a rule that stops
// catching what it is for fails here, not in review.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the test-only KDF cost', () => {
  it('cannot be passed to createApp from shipped code', async () => {
    const code =
      "import { createApp } from './app/handlers';\ncreateApp({} as never, { kdf: { N: 1024, r: 8, p: 1 } });\n";
    expect(await problems('src/main/index.ts', code)).toContainEqual(
      expect.stringMatching(/^no-restricted-syntax: Only the test bridge/),
    );
    expect(await problems('tests/e2e/bridge/server.ts', code)).toEqual([]);
  });
});
