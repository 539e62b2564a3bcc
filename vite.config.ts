import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { prerenderPlugin } from './src/app/build/prerender-plugin';
import { deckPlugin } from './src/pipeline/node/vite-plugin-deck';

// Installable and offline after the first visit: the service worker precaches the whole built app (entry with the
// deck, lazy screen chunks, CSS, HTML, icons). A new version waits until the learner chooses to reload.
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'prompt',
  // The app registers the worker itself (src/app/pwa-updates.tsx), lazily and only in a production build.
  injectRegister: false,
  // The manifest's icons are precached on their own; this one is only named in index.html.
  includeAssets: ['apple-touch-icon.png'],
  manifest: {
    id: './',
    name: 'Study Deck',
    short_name: 'Study Deck',
    description: 'Study your own notes with flashcards, quizzes and spaced repetition.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#3149bd',
    background_color: '#f4f6fb',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // The FSRS optimizer's wasm (1.7 MB, loaded only when the learner trains) is precached too, so training works
    // offline; it stays under workbox's 2 MiB limit per file.
    globPatterns: ['**/*.{js,css,html,wasm}'],
    // Routes live in the hash, so every navigation is index.html.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is served from the cache too (lazy screens included) as soon as the worker is active;
    // an update still waits for the learner (no skipWaiting).
    clientsClaim: true,
  },
  devOptions: { enabled: false },
});

/** The notes folder: content/, or another (a generated collection, in CI's big-notes build) named by STUDY_DECK_CONTENT. */
const contentDir = process.env.STUDY_DECK_CONTENT ?? 'content';

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder or static host.
  base: './',
  // The prerender fills index.html before the PWA plugin lists it for the precache.
  plugins: [react(), deckPlugin({ contentDir }), prerenderPlugin(), pwa],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  // The search and import workers are modules, as the app is.
  worker: { format: 'es' },
  resolve: {
    alias: [
      // The note reader runs in a worker, where there is no `document`: micromark's entity decoder must be its
      // DOM-free build (the package's `worker` export), not the `browser` one.
      {
        find: /^decode-named-character-reference$/,
        replacement: fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    ],
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    // Domain code takes `now` as a parameter; a fixed zone makes day boundaries in tests exact.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // tests/sync: live replication through a real pouchdb-server (tests/sync-server.ts), from Node.
          include: ['tests/{pipeline,domain,content,bench,lint,config,sync}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/{store,features,components,app}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
          // Screen tests render the whole app on the owner's deck and load lazy screens; on a busy 2-core machine one
          // takes several seconds, so Vitest's 5 s default would fail them on time, not on behaviour.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
