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

// One import per forbidden direction of the layer table in docs/architecture.md, and the allowed ones beside them.
const FORBIDDEN: Array<[string, string]> = [
  ['src/shared/probe.ts', "import { Vault } from '../main/core/vault/vault';"],
  ['src/main/core/probe.ts', "import { dispatch } from '../app/dispatch';"],
  ['src/main/core/probe.ts', "import { registerIpc } from '../electron/ipc';"],
  ['src/main/core/probe.ts', "import { contentSecurityPolicy } from '../security/csp';"],
  ['src/main/app/probe.ts', "import { registerIpc } from '../electron/ipc';"],
  ['src/main/app/probe.ts', "import { contentSecurityPolicy } from '../security/csp';"],
  ['src/main/security/probe.ts', "import { dispatch } from '../app/dispatch';"],
  ['src/main/security/probe.ts', "import { Vault } from '../core/vault/vault';"],
  ['src/main/electron/probe.ts', "import { bridge } from '../../renderer/src/bridge';"],
  ['src/preload/probe.ts', "import { createApp } from '../main/app/handlers';"],
  ['src/preload/probe.ts', "import { AppError } from '@shared/errors';"],
  ['src/renderer/src/probe.ts', "import { Vault } from '../../main/core/vault/vault';"],
];
const ALLOWED: Array<[string, string]> = [
  ['src/main/core/probe.ts', "import { CHANNELS } from '@shared/channels';"],
  ['src/main/app/probe.ts', "import { Vault } from '../core/vault/vault';"],
  ['src/main/security/probe.ts', "import { CHANNELS } from '@shared/channels';"],
  ['src/main/electron/probe.ts', "import { dispatch } from '../app/dispatch';"],
  ['src/main/index.ts', "import { createApp } from './app/handlers';"],
  ['src/preload/probe.ts', "import { CHANNELS } from '@shared/channels';"],
  ['src/preload/probe.ts', "import type { LandscapeApi } from '@shared/api';"],
  ['src/renderer/src/probe.ts', "import { CHANNELS } from '@shared/channels';"],
];
const used = (line: string) => `${line}\nexport const probe = [${/\{ (?:type )?(\w+) \}/.exec(line)![1]}];\n`;

describe('layers are allow-lists', () => {
  it.each(FORBIDDEN)('%s may not %s', async (file, line) => {
    const found = await problems(file, line.includes('import type') ? line : used(line));
    expect(found).toContainEqual(expect.stringMatching(/^boundaries\/dependencies: /));
  });

  it.each(ALLOWED)('%s may %s', async (file, line) => {
    const found = await problems(
      file,
      line.includes('import type') ? `${line}\nexport type Probe = LandscapeApi;\n` : used(line),
    );
    expect(found.filter((p) => p.startsWith('boundaries/'))).toEqual([]);
  });
});
