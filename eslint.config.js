import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronAndUi = {
  paths: [
    { name: 'electron', message: 'The domain, app layer and contract never import Electron: pass a port in instead.' },
    { name: 'react', message: 'No React outside the renderer.' },
    { name: 'react-dom', message: 'No React outside the renderer.' },
  ],
  patterns: [{ group: ['electron/*', '@lexical/react', '@lexical/react/*'], message: 'No UI code here.' }],
};

// Layers as allow-lists (docs/architecture.md): a file may import only from the layers listed for its own.
const LAYERS = [
  { type: 'shared', pattern: 'src/shared/**' },
  { type: 'core', pattern: 'src/main/core/**' },
  { type: 'app', pattern: 'src/main/app/**' },
  { type: 'security', pattern: 'src/main/security/**' },
  { type: 'electron', pattern: 'src/main/electron/**' },
  { type: 'preload', pattern: 'src/preload/**' },
  { type: 'renderer', pattern: 'src/renderer/**' },
].map((layer) => ({ ...layer, partialMatch: false }));
// Last, so the folders above win: src/main/index.ts, the lifecycle, belongs with the Electron glue.
const MAIN_ENTRY = { type: 'electron', pattern: 'src/main' };
const MAY_IMPORT = {
  shared: ['shared'],
  core: ['core', 'shared'],
  app: ['app', 'core', 'shared'],
  security: ['security', 'shared'],
  electron: ['electron', 'app', 'core', 'security', 'shared'],
  preload: ['preload'],
  renderer: ['renderer', 'shared'],
};
const layerPolicies = [
  ...Object.entries(MAY_IMPORT).map(([from, to]) => ({
    from: { element: { type: from } },
    allow: { to: { element: { types: { anyOf: to } } } },
  })),
  // The preload exposes the channel names, and only refers to the API's types.
  { from: { element: { type: 'preload' } }, allow: { to: { file: { path: 'src/shared/channels.ts' } } } },
  {
    from: { element: { type: 'preload' } },
    allow: { to: { element: { type: 'shared' } }, dependency: { kind: 'type' } },
  },
  // The renderer sees the preload's API only as the type declaration.
  {
    from: { element: { type: 'renderer' } },
    allow: { to: { file: { path: 'src/preload/*.d.ts' } }, dependency: { kind: 'type' } },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [...LAYERS, MAIN_ENTRY],
      'import/resolver': {
        typescript: { project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true },
      },
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }] },
  },
  {
    // createApp's second argument lowers the scrypt cost for the browser-test bridge; no shipped code may pass it.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='createApp'][arguments.length>1]",
          message: 'Only the test bridge may pass createApp a KDF cost.',
        },
      ],
    },
  },
  {
    files: ['src/main/core/**', 'src/main/app/**'],
    rules: { 'no-restricted-imports': ['error', electronAndUi] },
  },
  {
    // Pure policy functions: Electron's option types only, so tests can run them under plain Node.
    files: ['src/main/security/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: electronAndUi.paths.map((p) => ({ ...p, allowTypeImports: true })), patterns: electronAndUi.patterns },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...electronAndUi.paths,
            ...nodeBuiltins.map((name) => ({ name, message: 'The contract runs in both processes: no Node.' })),
          ],
          patterns: [...electronAndUi.patterns],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Screens load data in effects and set state once the call returns; this rule flags that too.
      'react-hooks/set-state-in-effect': 'off',
      // useLoad takes deps like useEffect does, so they are checked the same way.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useLoad$' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches main only through window.landscape.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is a sandboxed web page: no Node.' })),
          ],
        },
      ],
    },
  },
);
