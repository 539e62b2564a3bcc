import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { deckPlugin } from './src/pipeline/node/vite-plugin-deck';

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder or static host.
  base: './',
  plugins: [react(), deckPlugin({ contentDir: 'content' })],
  build: {
    target: 'es2022',
    sourcemap: true,
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
          include: ['tests/{pipeline,domain,content,bench}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/{store,features,components,app}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
