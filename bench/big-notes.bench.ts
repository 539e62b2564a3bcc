// The app built with 1 MB of generated notes (about 14,000 cards): how long the build takes against a bare parse of
// the same notes, what the first page weighs, how big the shipped deck is against the notes, whether every chunk is
// precached for offline use, and Lighthouse's mobile scores of Home and Review on that build.
// The build goes to bench/results/big-notes/ (notes/ and dist/); content/ is never touched.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { checkPrecache } from '../.ci/check-precache';
import { measureInitialPage } from '../.ci/check-size';
import { encodeDeck } from '../src/domain/deck-payload';
import { buildDeck } from '../src/pipeline/build-deck';
import type { Bench, BenchRow } from './bench-row';
import { BIG_NOTES_FILE, buildWithBigNotes, ROOT_DIR } from './big-notes-build';
import { auditBuild } from './lighthouse.bench';

const WORK_DIR = path.join(ROOT_DIR, 'bench', 'results', 'big-notes');
const INITIAL_PAGE_TARGET_KB = 120;
const PAYLOAD_RATIO_TARGET = 2;
const LIGHTHOUSE_TARGET = 95;
const PARSE_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function bareParseMs(text: string): number {
  fromMarkdown(text);
  const times: number[] = [];
  for (let run = 0; run < PARSE_RUNS; run += 1) {
    const started = performance.now();
    fromMarkdown(text);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Bytes of the built files whose names start with `prefix` (the chunks of the deck's parts). */
function chunkBytes(distDir: string, prefix: string): { bytes: number; files: number } {
  const assets = path.join(distDir, 'assets');
  const files = readdirSync(assets).filter((file) => file.startsWith(prefix) && file.endsWith('.js'));
  return { bytes: files.reduce((sum, file) => sum + statSync(path.join(assets, file)).size, 0), files: files.length };
}

const bigNotesBench: Bench = async () => {
  const build = await buildWithBigNotes(WORK_DIR);
  const megabytes = (build.notesBytes / 1e6).toFixed(1);
  const parseMs = bareParseMs(build.text);
  const deck = buildDeck([{ path: BIG_NOTES_FILE, text: build.text }]);
  const outlineBytes = Buffer.byteLength(JSON.stringify(encodeDeck(deck).outline));
  const chapters = chunkBytes(build.distDir, '_virtual_deck-chapter-');
  const rest = chunkBytes(build.distDir, '_virtual_deck-rest-');
  const documents = chunkBytes(build.distDir, '_virtual_notes-chapter-');
  const payloadRatio = (outlineBytes + chapters.bytes + rest.bytes) / build.notesBytes;
  const page = measureInitialPage(build.distDir);
  const pageKb = page.totalGzipBytes / 1000;
  const precache = checkPrecache(build.distDir);
  const html = readFileSync(path.join(build.distDir, 'index.html'));

  const rows: BenchRow[] = [
    {
      name: `big notes: build, ${megabytes} MB of notes`,
      value: build.buildMs,
      unit: 'ms',
      note: `${deck.chapters.length} chapters, ${deck.cards.length} cards; vite build with prerender and service worker, one run`,
    },
    {
      name: 'big notes: build / bare fromMarkdown of the notes',
      value: build.buildMs / parseMs,
      unit: 'x',
      note: `bare parse ${parseMs.toFixed(0)} ms (median of ${PARSE_RUNS})`,
    },
    {
      name: 'big notes: initial page (gzip)',
      value: pageKb,
      unit: 'kB',
      target: `≤ ${INITIAL_PAGE_TARGET_KB} kB`,
      ok: pageKb <= INITIAL_PAGE_TARGET_KB,
      note: `${page.files.length} files as .ci/check-size.ts counts them; index.html ${(html.length / 1000).toFixed(0)} kB with Home prerendered`,
    },
    {
      name: 'big notes: deck payload / notes bytes',
      value: payloadRatio,
      unit: 'x',
      target: `≤ ${PAYLOAD_RATIO_TARGET}×`,
      ok: payloadRatio <= PAYLOAD_RATIO_TARGET,
      note: `outline ${(outlineBytes / 1000).toFixed(0)} kB + ${chapters.files} chapter chunks ${(chapters.bytes / 1e6).toFixed(2)} MB + rest; as JSON the deck was ${(Buffer.byteLength(JSON.stringify(deck)) / build.notesBytes).toFixed(1)}×`,
    },
    {
      name: 'big notes: note documents / notes bytes',
      value: documents.bytes / build.notesBytes,
      unit: 'x',
      note: `${documents.files} chunks, loaded by the notes screen and search`,
    },
    {
      name: 'big notes: files left out of the offline precache',
      value: precache.missing.length,
      unit: 'count',
      target: '= 0',
      ok: precache.missing.length === 0,
      note: `${precache.listed.length} files precached${precache.missing.length > 0 ? `; missing ${precache.missing.slice(0, 3).join(', ')}` : ''}`,
    },
  ];
  const lighthouse = await auditBuild(build.distDir, {
    label: (screen) => `${screen}, ${megabytes} MB of notes`,
    reportName: (screen) => `big-notes-${screen}`,
    target: LIGHTHOUSE_TARGET,
  });
  return [...rows, ...lighthouse];
};

export default bigNotesBench;
