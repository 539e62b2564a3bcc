// Size budget of the built app: the initial page (index.html + the JS and CSS it loads directly, the deck's outline
// included) must stay within the budget plus the outline, gzipped, and must hold no Markdown parser code. The outline
// (chapters and their counts) is all of the deck the first page carries; it grows with the notes, the rest must not.
// Usage: npx tsx .ci/check-size.ts [dist folder] [--content <notes folder>]   (exit 1 when over budget or a parser is
// found; the notes folder is the one the build was made from, content/ by default)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { encodeDeck } from '../src/domain/deck-payload';
import { buildDeck } from '../src/pipeline/build-deck';
import { readNotes } from '../src/pipeline/node/read-notes';

export const BUDGET_KB = 100;

// Strings that survive minification of remark/unified/micromark (token types, option names).
export const PARSER_MARKERS = ['micromark', 'codeFencedFenceSequence', 'thematicBreakSequence', 'mdastExtensions', 'freezeIndex'];

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface SizeReport {
  files: SizedFile[];
  totalGzipBytes: number;
  /** file → parser markers found in it. */
  parserCode: Record<string, string[]>;
}

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

const isLocal = (url: string) => !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:');

/** Scripts, stylesheets and module preloads named in the HTML: what the browser fetches before the app runs. */
export function assetsLinkedFromHtml(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    const url = (isScript ? /\bsrc=["']?([^"'\s>]+)/i : /\bhref=["']?([^"'\s>]+)/i).exec(tag)?.[1];
    if (url && isLocal(url)) found.push(url);
  }
  return found;
}

/** Chunks a JS module imports statically (`import … from "./x.js"`, `import "./x.js"`); `import()` stays lazy. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]!);
}

export function findParserMarkers(code: string): string[] {
  return PARSER_MARKERS.filter((marker) => code.includes(marker));
}

/** Measures index.html and every file the initial page loads without a dynamic import. */
export function measureInitialPage(distDir: string): SizeReport {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const files: SizedFile[] = [{ file: 'index.html', bytes: Buffer.byteLength(html), gzipBytes: gzipSize(html) }];
  const parserCode: Record<string, string[]> = {};
  const pending = assetsLinkedFromHtml(html).map((url) => path.posix.normalize(url.split(/[?#]/)[0]!));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const content = readFileSync(path.join(distDir, file));
    files.push({ file, bytes: content.length, gzipBytes: gzipSize(content) });
    if (!file.endsWith('.js')) continue;
    const code = content.toString('utf8');
    const markers = findParserMarkers(code);
    if (markers.length > 0) parserCode[file] = markers;
    pending.push(...staticImports(code).map((url) => path.posix.join(path.posix.dirname(file), url)));
  }
  return { files, totalGzipBytes: files.reduce((sum, entry) => sum + entry.gzipBytes, 0), parserCode };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const print = (line: string) => process.stdout.write(`${line}\n`);

/** The deck's outline as the entry chunk carries it (the JSON the Vite plugin makes), gzipped alone. */
export async function outlineGzipBytes(contentDir: string): Promise<{ bytes: number; gzipBytes: number }> {
  const outline = JSON.stringify(encodeDeck(buildDeck((await readNotes([contentDir])).sources)).outline);
  return { bytes: Buffer.byteLength(outline), gzipBytes: gzipSize(outline) };
}

async function main(distDir: string, contentDir: string): Promise<number> {
  const report = measureInitialPage(distDir);
  print('Initial page (gzip):');
  for (const entry of report.files) print(`  ${entry.file.padEnd(44)} ${kB(entry.bytes).padStart(10)}  gzip ${kB(entry.gzipBytes).padStart(9)}`);
  const outline = await outlineGzipBytes(contentDir);
  print(`  (of which the deck's outline, from ${contentDir}: ${kB(outline.bytes)}, gzip ${kB(outline.gzipBytes)})`);
  const budgetBytes = BUDGET_KB * 1000 + outline.gzipBytes;
  const withinBudget = report.totalGzipBytes <= budgetBytes;
  print(`Total: ${kB(report.totalGzipBytes)} gzip of ${kB(budgetBytes)} budget (${BUDGET_KB} kB plus the outline): ${withinBudget ? 'ok' : 'OVER BUDGET'}`);
  const parserFiles = Object.entries(report.parserCode);
  if (parserFiles.length === 0) print('No Markdown parser code (remark/unified/micromark) in the initial page: ok');
  for (const [file, markers] of parserFiles) print(`Markdown parser code in ${file}: ${markers.join(', ')}`);
  return withinBudget && parserFiles.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const contentAt = args.indexOf('--content');
  const contentDir = contentAt === -1 ? 'content' : args[contentAt + 1];
  const positional = args.filter((_arg, index) => contentAt === -1 || (index !== contentAt && index !== contentAt + 1));
  if (contentDir === undefined) {
    print('Usage: npx tsx .ci/check-size.ts [dist folder] [--content <notes folder>]');
    process.exitCode = 2;
  } else process.exitCode = await main(positional[0] ?? 'dist', contentDir);
}
