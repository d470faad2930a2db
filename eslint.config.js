import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronAndUi = {
  paths: [
    { name: 'electron', message: 'The domain, app layer and contract never import Electron: pass a port in instead.' },
    { name: 'react', message: 'No React outside the renderer.' },
    { name: 'react-dom', message: 'No React outside the renderer.' },
  ],
  patterns: [
    { group: ['**/renderer/**', 'electron/*', '@lexical/react', '@lexical/react/*'], message: 'No UI code here.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
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
          patterns: [
            ...electronAndUi.patterns,
            { group: ['**/main/**'], message: 'The contract does not depend on main.' },
          ],
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
          patterns: [
            {
              group: ['**/main/**', '**/preload/**', '!**/preload/*.d.ts'],
              message: 'Use the contract in src/shared.',
            },
          ],
        },
      ],
    },
  },
);
