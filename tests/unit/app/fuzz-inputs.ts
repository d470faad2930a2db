// Inputs for the property fuzz over every channel (fuzz.test.ts): valid examples of each channel's
// input, and mutations of them that a forged or buggy page could send.
import fc from 'fast-check';
import type { Channel } from '@shared/channels';
import { lexical } from '../vault/fixtures/samples';

/** Known-good ids and values from the vault under test, so mutations start from inputs that reach the handlers. */
export interface Known {
  entryId: string;
  templateId: string;
  promptId: string;
  template: unknown;
}

const PACK_OPTIONS = { hideTags: false, worlds: 'show', dates: 'week', omitUnansweredPrompts: true, cover: null };

export function examples(k: Known): Record<Channel, unknown[]> {
  const today = '2026-03-14';
  const content = lexical('A walk by the river with @Ann.\nSecond line.');
  return {
    'app:info': [undefined],
    'settings:get': [undefined],
    'settings:set': [{ theme: 'dark' }, { autoLockMinutes: 5, lockOnSuspend: false }],
    'shell:openExternal': [{ url: 'https://example.org/' }],
    'window:closeReady': [undefined],
    'vault:status': [undefined],
    'vault:chooseFolder': [{ purpose: 'create' }, { purpose: 'open' }],
    'vault:create': [{ passphrase: 'walnut ferry cobbler astronomy' }, { passphrase: 'x', folder: 'chosen' }],
    'vault:unlock': [{ passphrase: 'not the passphrase' }],
    'vault:unlockWithRecoveryKey': [
      { recoveryKey: '62WN-4GPY-B1RK-Z6PJ-WDEF-EQ8D-5J9N-3WS5-W53T-AA71-P321-P2SK-DTEH-9DBP', newPassphrase: 'x' },
    ],
    'vault:unlockRemembered': [undefined],
    'vault:lock': [undefined],
    'vault:changePassphrase': [{ current: 'not the passphrase', next: 'granite whistle parsnip harbour' }],
    'vault:reencrypt': [{ current: 'not the passphrase', next: 'granite whistle parsnip harbour' }],
    'vault:remember': [{ enabled: true }, { enabled: false }],
    'vault:saveRecoveryKey': [
      { recoveryKey: '62WN-4GPY-B1RK-Z6PJ-WDEF-EQ8D-5J9N-3WS5-W53T-AA71-P321-P2SK-DTEH-9DBP', today },
    ],
    'vault:ratePassphrase': [{ passphrase: 'walnut ferry cobbler astronomy' }, { passphrase: 'P@ssw0rd2026' }],
    'vault:setbacks': [undefined],
    'vault:settleSetback': [
      { id: k.entryId, action: 'keep' },
      { id: k.entryId, action: 'bringBack' },
    ],
    'entries:list': [{}, { trashed: true }],
    'entries:get': [{ id: k.entryId }],
    'entries:today': [{ date: today }],
    'entries:create': [{ date: today, title: 'T', content, tags: { worlds: ['council'], people: [], free: [] } }],
    'entries:update': [
      { id: k.entryId, baseRevision: 1, patch: { title: 'New', content } },
      { id: k.entryId, baseRevision: 0, patch: { tags: { worlds: [], people: [], free: ['x'] } } },
    ],
    'entries:trash': [{ id: k.entryId }],
    'entries:restore': [{ id: k.entryId }],
    'entries:purge': [{ id: 'abcdefghijklmnop' }],
    'entries:discardIfUnwritten': [{ id: k.entryId }],
    'entries:revisions': [{ id: k.entryId }],
    'entries:compareRevision': [{ id: k.entryId, revision: 1 }],
    'entries:restoreRevision': [{ id: k.entryId, revision: 1 }],
    'entries:linkedFrom': [{ id: k.entryId }],
    'tags:list': [undefined],
    'tags:rename': [{ kind: 'worlds', from: 'council', to: 'Council' }],
    'templates:list': [undefined],
    'templates:save': [{ template: k.template }, { id: 'mine', template: k.template }],
    'templates:duplicate': [{ id: k.templateId }],
    'templates:delete': [{ id: 'mine' }],
    'templates:export': [{ id: k.templateId }],
    'templates:import': [undefined],
    'templates:newEntry': [{ templateId: k.templateId, date: today }],
    'templates:apply': [{ id: k.entryId, baseRevision: 1, templateId: k.templateId, append: true }],
    'prompts:list': [{}, { theme: 'setbacks', includeHidden: true }],
    'prompts:today': [{ date: today }],
    'prompts:shuffle': [{ currentId: null }, { currentId: k.promptId }],
    'prompts:add': [{ theme: 'setbacks', text: 'What did you learn?' }],
    'prompts:delete': [{ id: k.promptId }],
    'prompts:mark': [{ id: k.promptId, favourite: true }],
    'search:query': [{ text: 'river' }, { text: '"a walk"', worlds: ['council'], limit: 5 }],
    'insights:compute': [
      { today, period: 'month' },
      { today, period: 'custom', from: '2026-01-01', to: today },
    ],
    'insights:onThisDay': [{ today }],
    'reviews:start': [{ kind: 'week', today }],
    'backup:create': [{ includeRevisions: true }, { includeRevisions: false }],
    'backup:choose': [undefined],
    'backup:restore': [{ passphrase: 'not the passphrase' }, { recoveryKey: '62WN-4GPY' }],
    'backup:merge': [{ passphrase: 'not the passphrase' }],
    'backup:exportPlain': [undefined],
    'import:markdownFolder': [undefined],
    'import:dayOne': [undefined],
    'export:getRedactions': [undefined],
    'export:setRedactions': [{ phrases: [{ phrase: 'Acme', replacement: '' }], people: [], worlds: [] }],
    // Markdown: the fuzz's printer does not print. The save dialog answers Cancel.
    'export:preview': [{ entryIds: [k.entryId], format: 'md', options: PACK_OPTIONS }],
    'export:run': [{ jobId: 'job-0001', request: { entryIds: [k.entryId], format: 'md-zip', options: PACK_OPTIONS } }],
    'export:cancel': [{ jobId: 'job-0001' }],
  };
}

/** Values a page could send that JSON never would: BigInt, NaN, odd prototypes, paths, huge or NUL-laden strings. */
const odd = fc.oneof(
  fc.anything({
    withBigInt: true,
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withDate: true,
    maxDepth: 3,
  }),
  fc.bigInt(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom<unknown>(
    undefined,
    null,
    NaN,
    -0,
    Infinity,
    -1,
    2 ** 53,
    1e300,
    '',
    '../newvault',
    '../../escaped',
    '/tmp/landscape-fuzz-outside',
    'C:\\Windows\\evil',
    'a\0b',
    'x'.repeat(1025),
    'x'.repeat(70_000),
    '__proto__',
    'constructor',
    JSON.parse('{"__proto__":{"polluted":"yes"}}'),
    { constructor: { prototype: { polluted: 'yes' } } },
    { root: { type: 'root', children: [{ type: 'text', text: 1n }] } },
    deep(5000),
  ),
);

function deep(n: number): unknown {
  let v: unknown = { root: { type: 'root', children: [] } };
  for (let i = 0; i < n; i++) v = { children: [v] };
  return { root: { type: 'root', children: [v] } };
}

type Path = Array<string | number>;

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (value && typeof value === 'object' && out.length < 200)
    for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function clone(v: unknown): unknown {
  return v === undefined ? undefined : structuredClone(v);
}

/** Changes the value at one path: replaced, made undefined, deleted, or given an extra member. */
function mutate(example: unknown, pick: number, op: number, value: unknown, key: string): unknown {
  const all = paths(example);
  const path = all[pick % all.length]!;
  const root = clone(example);
  if (path.length === 0) return op === 3 && root && typeof root === 'object' ? addKey(root, key, value) : value;
  let parent = root as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (op === 0) parent[last] = value;
  else if (op === 1) parent[last] = undefined;
  else if (op === 2) delete parent[last];
  else {
    const target = parent[last];
    if (target && typeof target === 'object') addKey(target, key, value);
    else parent[last] = value;
  }
  return root;
}

function addKey(target: object, key: string, value: unknown): object {
  // An array's `length` cannot be redefined: it is left as it is (a JSON payload cannot carry another one).
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (own && !own.configurable) return target;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

export function inputsFor(channelExamples: unknown[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'text', 'dir', 'vaultDir'),
    fc.string(),
  );
  const mutated = fc
    .record({ which: fc.nat(), pick: fc.nat(), op: fc.integer({ min: 0, max: 3 }), value: odd, key })
    .map(({ which, pick, op, value, key: k }) =>
      mutate(channelExamples[which % channelExamples.length], pick, op, value, k),
    );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...channelExamples.map(clone)) },
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: odd },
  );
}
