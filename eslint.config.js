// Lint rules, including the one-way import rule of DESIGN.md: pipeline and domain ← store ← features ← app.
// Layers are folders: an import is checked by the file it resolves to, whatever its text (`../../features/…`, a
// dynamic `import()`), so the rule cannot be walked around. tests/lint/import-zones.test.ts proves it on fixtures.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

/**
 * The folders of src/ each layer may import from, besides its own. `config/` holds the app's URLs (paths.ts);
 * `components/` is UI shared by features and the app shell.
 */
const MAY_IMPORT = {
  domain: [],
  pipeline: ['domain'],
  store: ['domain'],
  config: ['domain'],
  components: ['domain', 'store', 'config'],
  features: ['domain', 'store', 'config', 'components'],
  app: ['domain', 'store', 'config', 'components', 'features'],
};
const LAYERS = Object.keys(MAY_IMPORT);
const FEATURES = readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZone = (layer, from) => ({
  target: `src/${layer}`,
  from: `src/${from}`,
  message: `src/${layer}/ may not import from src/${from}/ (imports flow one way: pipeline and domain ← store ← features ← app).`,
});
const layerZones = LAYERS.flatMap((layer) =>
  LAYERS.filter((from) => from !== layer && !MAY_IMPORT[layer].includes(from)).map((from) => layerZone(layer, from)),
);
const featureZones = FEATURES.map((feature) => ({
  target: `src/features/${feature}`,
  from: 'src/features',
  except: [`./${feature}`],
  message: 'Features never import each other; move shared code to src/components/, src/store/, src/config/ or src/domain/.',
}));
// main.tsx is the entry point: nothing imports it.
const entryZone = { target: 'src', from: 'src/main.tsx', message: 'Nothing imports the entry point.' };
const zones = [...layerZones, ...featureZones, entryZone];
const restrictedPaths = (allowed = () => true) => ['error', { basePath: ROOT, zones: zones.filter(allowed) }];

// Packages a layer may not use, checked in static imports (`no-restricted-imports`) and in `import()` alike.
const nodeApi = { regex: '^(node:.*|fs|path|os|child_process)$', message: 'No Node API here: this code runs in the browser too.' };
const remark = {
  regex: '^(unified|remark-.*|mdast-util-.*|micromark.*|unist-util-.*|vfile.*)$',
  message: 'remark and unified stay out of the initial page; only the pipeline (and lazily loaded import screens) use them.',
};
const uiLibraries = { regex: '^(react|react-dom|zustand)(/.*)?$', message: 'The domain is pure TypeScript: no React, no zustand.' };
const virtualModules = {
  regex: '^virtual:',
  message: 'The domain takes the deck as a parameter; virtual:deck and virtual:notes are read by the store and the app.',
};
function restrictPackages(...groups) {
  return {
    'no-restricted-imports': ['error', { patterns: groups }],
    'no-restricted-syntax': [
      'error',
      ...groups.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`, message })),
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'big-notes/', 'coverage/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', 'tests/fixtures/lint/'] },
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
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // no-cycle follows imports into the files they reach, so it must know how to read TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': restrictedPaths(),
      'import-x/no-cycle': 'error',
    },
  },
  {
    // The one way into the pipeline from a screen: the import screen's runner runs the note reader in a worker (or,
    // without workers, as a chunk of its own), loaded only when notes are imported, never part of the initial page
    // (.ci/check-size.ts checks that).
    files: ['src/features/import-notes/import-runner.ts'],
    rules: { 'import-x/no-restricted-paths': restrictedPaths((zone) => zone.from !== 'src/pipeline') },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrictPackages(nodeApi, remark, uiLibraries, virtualModules),
  },
  {
    files: ['src/pipeline/**/*.ts'],
    ignores: ['src/pipeline/node/**', 'src/pipeline/cli/**'],
    rules: restrictPackages(nodeApi),
  },
  {
    files: ['src/store/**/*.ts', 'src/config/**/*.ts', 'src/components/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    ignores: ['src/app/build/**', 'src/app/prerender-entry.tsx'],
    rules: restrictPackages(nodeApi, remark),
  },
  {
    // Build-time code (the prerender of Home runs in Node during `vite build`, never in the browser) may use Node.
    files: ['src/app/build/**/*.{ts,tsx}', 'src/app/prerender-entry.tsx'],
    rules: restrictPackages(remark),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', '.ci/**/*.{ts,js,mjs}', '*.config.{ts,js}'],
    rules: { 'no-console': 'off' },
  },
);
