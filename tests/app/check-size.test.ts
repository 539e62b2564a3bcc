// The CI checks of the built app (.ci/check-size.ts, .ci/check-precache.ts), on small hand-made builds.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPrecache } from '../../.ci/check-precache';
import { assetsLinkedFromHtml, measureInitialPage, staticImports } from '../../.ci/check-size';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function makeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dist-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('initial page size check', () => {
  it('finds the scripts, stylesheets and preloads the HTML loads, not other links', () => {
    const html = `<script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" href="./assets/shared-b.js"><link rel="stylesheet" href="./assets/index-c.css">
      <link rel="icon" href="./favicon.svg"><script src="https://cdn.example/x.js"></script>`;
    expect(assetsLinkedFromHtml(html)).toEqual(['./assets/index-a.js', './assets/shared-b.js', './assets/index-c.css']);
  });

  it('follows static imports and leaves dynamic imports out', () => {
    expect(staticImports('import{a as b}from"./shared-x.js";import"./side.js";const l=()=>import("./lazy.js")')).toEqual(['./shared-x.js', './side.js']);
  });

  it('counts the entry and its static chunks, and finds parser code only there', () => {
    const dist = makeDist({
      'index.html': '<script type="module" src="./assets/entry.js"></script><link rel="stylesheet" href="./assets/app.css">',
      'assets/entry.js': 'import{x}from"./shared.js";const lazy=()=>import("./import-notes.js");',
      'assets/shared.js': 'export const x="codeFencedFenceSequence";',
      'assets/import-notes.js': 'const m="micromarkExtensions";',
      'assets/app.css': 'body{margin:0}',
    });
    const report = measureInitialPage(dist);
    expect(report.files.map((entry) => entry.file)).toEqual(['index.html', 'assets/entry.js', 'assets/app.css', 'assets/shared.js']);
    expect(report.totalGzipBytes).toBe(report.files.reduce((sum, entry) => sum + entry.gzipBytes, 0));
    expect(report.parserCode).toEqual({ 'assets/shared.js': ['codeFencedFenceSequence'] });
  });
});

describe('offline precache check', () => {
  const serviceWorker = (urls: string[]) =>
    `define(["./workbox-1"],function(s){s.precacheAndRoute([${urls.map((url) => `{url:"${url}",revision:null}`).join(',')}],{})});`;

  it('passes when every script, stylesheet, page and icon is listed', () => {
    const dist = makeDist({
      'index.html': '<p></p>',
      'assets/index-a.js': '',
      'assets/_virtual_deck-chapter-pods-b.js': '',
      'assets/index-c.css': '',
      'assets/index-a.js.map': '',
      'icon.svg': '',
      'workbox-1.js': '',
      'sw.js': serviceWorker(['index.html', 'assets/index-a.js', 'assets/_virtual_deck-chapter-pods-b.js', 'assets/index-c.css', 'icon.svg']),
    });
    expect(checkPrecache(dist).missing).toEqual([]);
  });

  it('names a chunk the precache leaves out, as one over the size limit would be', () => {
    const dist = makeDist({
      'index.html': '<p></p>',
      'assets/index-a.js': '',
      'assets/_virtual_notes-chapter-big-d.js': '',
      'sw.js': serviceWorker(['index.html', 'assets/index-a.js']),
    });
    expect(checkPrecache(dist).missing).toEqual(['assets/_virtual_notes-chapter-big-d.js']);
  });
});
