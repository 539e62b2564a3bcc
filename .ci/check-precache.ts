// Offline means every file the app may load is in the service worker's precache: every script chunk (each chapter's
// cards and notes, the workers, the FSRS optimizer's wasm), every stylesheet, the page, the web manifest and its icons. A file left out
// (vite-plugin-pwa leaves out files over its size limit) would fail to load offline.
// Usage: npx tsx .ci/check-precache.ts [dist folder]   (exit 1 when a file is missing from the precache)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Files the app loads, relative to the dist folder: what must be precached. */
const LOADED = /\.(?:js|css|html|webmanifest|png|svg|wasm)$/;
/** The service worker and its runtime are the cache, not in it. */
const SERVICE_WORKER = /^(?:sw\.js|workbox-[\w-]+\.js)$/;

export interface PrecacheReport {
  listed: string[];
  /** Files the app may load that the precache does not list. */
  missing: string[];
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** The URLs of the precache manifest in a generated service worker (`precacheAndRoute([{url:"…",revision:…}, …])`). */
export function precacheUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/\burl:\s*["']([^"']+)["']/g)].map((match) => match[1]!);
}

export function checkPrecache(distDir: string): PrecacheReport {
  const listed = precacheUrls(readFileSync(path.join(distDir, 'sw.js'), 'utf8'));
  const inCache = new Set(listed);
  const loaded = filesUnder(distDir).filter((file) => LOADED.test(file) && !SERVICE_WORKER.test(path.posix.basename(file)));
  return { listed, missing: loaded.filter((file) => !inCache.has(file)) };
}

function main(distDir: string): number {
  const { listed, missing } = checkPrecache(distDir);
  process.stdout.write(`Precache: ${listed.length} files listed in ${path.join(distDir, 'sw.js')}\n`);
  if (missing.length === 0) {
    process.stdout.write('Every script, stylesheet, page and icon is precached: ok\n');
    return 0;
  }
  process.stdout.write(`NOT precached (would fail offline): ${missing.join(', ')}\n`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv[2] ?? 'dist');
}
