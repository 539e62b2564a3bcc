// Lint rules, including the one-way import rule of DESIGN.md:
// pipeline and domain ← store ← features ← app. Each folder lists what it may not import.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (name) => ({ regex: `(^|/)${name}(/|$)`, message: `This folder may not import from src/${name}/ (imports flow one way: pipeline and domain ← store ← features ← app).` });
const nodeApi = { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'No Node API here: this code runs in the browser too.' };
const remark = { regex: '^(unified|remark-.*|mdast-util-.*|micromark.*|unist-util-.*|vfile.*)$', message: 'remark and unified stay out of the initial page; only the pipeline (and lazily loaded import screens) use them.' };
const siblingFeature = { regex: '^\\.\\./(?!\\.\\.)[^/]+/', message: 'Features never import each other; move shared code to src/components/, src/store/ or src/domain/.' };
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/', 'big-notes/', 'coverage/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(layer('pipeline'), layer('store'), layer('features'), layer('components'), layer('app'), nodeApi, remark, { group: ['react', 'react-dom', 'zustand', 'zustand/*'], message: 'The domain is pure TypeScript: no React, no zustand.' }) },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    ignores: ['src/pipeline/node/**', 'src/pipeline/cli/**'],
    rules: { 'no-restricted-imports': restrict(layer('store'), layer('features'), layer('components'), layer('app'), nodeApi) },
  },
  {
    files: ['src/pipeline/node/**/*.ts', 'src/pipeline/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(layer('store'), layer('features'), layer('components'), layer('app')) },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(layer('pipeline'), layer('features'), layer('components'), layer('app'), nodeApi, remark) },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(layer('pipeline'), layer('features'), layer('app'), nodeApi, remark) },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(layer('pipeline'), layer('app'), siblingFeature, nodeApi, remark) },
  },
  {
    // no-restricted-imports does not see `import()`, so a dynamic import of the pipeline is named here. The one
    // allowed is the import screen's runner: it runs the note reader in a worker (or, without workers, as a chunk of
    // its own), loaded only when notes are imported, never part of the initial page (.ci/check-size.ts checks that).
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/features/import-notes/import-runner.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ImportExpression[source.value=/(^|\\W)pipeline(\\W|$)/]', message: 'Only src/features/import-notes/import-runner.ts loads the pipeline (in a worker, or lazily as its own chunk).' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: { 'no-restricted-imports': restrict(layer('pipeline'), nodeApi, remark) },
  },
  {
    // Build-time code (the prerender of Home runs in Node during `vite build`, never in the browser) may use Node.
    files: ['src/app/build/**/*.{ts,tsx}', 'src/app/prerender-entry.tsx'],
    rules: { 'no-restricted-imports': restrict(layer('pipeline'), remark) },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', '.ci/**/*.{ts,js,mjs}', '*.config.{ts,js}'],
    rules: { 'no-console': 'off' },
  },
);
