// Lint for the whole repo. The layer rules of DESIGN.md §2 are enforced here.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, { allowTypeImports = false } = {}) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports })) }],
});

const NODE_AND_ELECTRON = [
  { regex: '^electron(/.*)?$', message: 'Only src-main (outside core/) may import electron.' },
  { regex: '^(node:.*|fs|path|os|child_process|crypto)$', message: 'Node built-ins are for src-main only.' },
];
const MAIN_EXCEPT_CORE = {
  group: ['**/src-main/*', '!**/src-main/core', '**/src-main/!(core)/**'],
  message: 'Outside src-main, only src-main/core may be imported.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist-web/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='offset']", message: 'Use keyset paging, never offset().' },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // domain/: pure TypeScript, imports nothing of ours but itself.
  {
    files: ['src-renderer/domain/**/*.ts'],
    rules: restrict([
      ...NODE_AND_ELECTRON,
      { group: ['dexie', 'react', 'react-dom', '@mantine/*', 'comlink', 'i18next', 'react-i18next'], message: 'domain/ is pure: no Dexie, React or DOM libraries.' },
      { group: ['**/store/**', '**/store', '**/ui/**', '**/platform/**', '**/src-main/**'], message: 'domain/ imports nothing of ours but itself.' },
    ]),
  },
  // store/: runs in the store host; imports domain/ (and the ipc contract of src-main/core).
  {
    files: ['src-renderer/store/**/*.ts'],
    rules: restrict([
      ...NODE_AND_ELECTRON,
      MAIN_EXCEPT_CORE,
      { group: ['react', 'react-dom', '@mantine/*', 'i18next', 'react-i18next'], message: 'store/ has no UI.' },
      { group: ['**/ui/**', '**/platform/**'], message: 'store/ imports domain/ only.' },
    ]),
  },
  // platform/: the Platform interface and its two implementations.
  {
    files: ['src-renderer/platform/**/*.ts'],
    rules: restrict([
      ...NODE_AND_ELECTRON,
      MAIN_EXCEPT_CORE,
      { group: ['dexie', 'react', 'react-dom', '@mantine/*'], message: 'platform/ holds no UI and no database.' },
      { group: ['**/ui/**', '**/store/**'], message: 'platform/ imports neither ui/ nor store/.' },
    ]),
  },
  // ui/: React; imports domain/, platform/ and store *types* only.
  {
    files: ['src-renderer/ui/**/*.{ts,tsx}'],
    rules: restrict(
      [
        ...NODE_AND_ELECTRON,
        MAIN_EXCEPT_CORE,
        { group: ['dexie'], message: 'UI windows never open Dexie: go through the store client.' },
        { group: ['**/store/**', '**/store'], message: 'ui/ may import store types only (import type).' },
      ],
      { allowTypeImports: true },
    ),
  },
  // src-main/core/: pure TypeScript shared with the renderers.
  {
    files: ['src-main/core/**/*.ts'],
    rules: restrict([
      ...NODE_AND_ELECTRON,
      { group: ['../*', '!../core/*'], message: 'src-main/core imports nothing platform-specific.' },
    ]),
  },
  // The preloads run sandboxed: electron and the channel names only.
  {
    files: ['src-main/preload/**/*.ts'],
    rules: restrict([
      { regex: '^(node:.*|fs|path|zod)$', message: 'Sandboxed preloads may import electron and core/channels only.' },
      { group: ['../*', '!../core'], message: 'Preloads may import src-main/core only.' },
    ]),
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}', '*.config.*', 'src-renderer/*.mts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
