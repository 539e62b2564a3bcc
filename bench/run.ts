// `npm run bench [-- name…]`: runs bench/*.bench.ts in name order and prints one table.
// Missed targets are shown as MISS but never fail the process: budgets that gate CI live elsewhere.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './bench-row';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const BENCH_FILE = /\.bench\.ts$/;
const RESULTS_FILE = path.join(BENCH_DIR, 'results', 'latest.json');

interface BenchResult {
  file: string;
  rows: BenchRow[];
  /** Set when the bench threw instead of returning rows. */
  error?: string;
  /** Resident memory after the bench, in MB. */
  rssMb: number;
}

export function benchName(file: string): string {
  return file.replace(BENCH_FILE, '');
}

/** Bench files in name order; with filters, only those whose name contains one of them. */
export function selectBenchFiles(files: string[], filters: string[]): string[] {
  return files
    .filter((file) => BENCH_FILE.test(file))
    .filter((file) => filters.length === 0 || filters.some((filter) => benchName(file).includes(filter)))
    .sort((a, b) => a.localeCompare(b, 'en'));
}

export function formatValue(value: number, unit: BenchRow['unit']): string {
  if (!Number.isFinite(value)) return `${value} ${unit}`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'count') return String(Math.round(value));
  if (unit === 'score') return String(Math.round(value));
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function status(row: BenchRow): string {
  if (row.ok === undefined) return '';
  return row.ok ? 'ok' : 'MISS';
}

/** One aligned table: name, value, target, ok/MISS, note. */
export function formatTable(results: BenchResult[]): string {
  const header = ['bench', 'value', 'target', 'status', 'note'];
  const body = results.flatMap((result) =>
    result.error !== undefined
      ? [[benchName(result.file), '', '', 'ERROR', result.error]]
      : result.rows.map((row) => [row.name, formatValue(row.value, row.unit), row.target ?? '', status(row), row.note ?? '']),
  );
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => cells[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n') + '\n';
}

export function summarise(results: BenchResult[]): string {
  const rows = results.flatMap((result) => result.rows);
  const misses = rows.filter((row) => row.ok === false).map((row) => row.name);
  const errors = results.filter((result) => result.error !== undefined).map((result) => result.file);
  const parts = [`${rows.length} figures from ${results.length} bench files`];
  parts.push(misses.length === 0 ? 'every target met' : `MISS: ${misses.length} target(s) missed (${misses.join('; ')})`);
  if (errors.length > 0) parts.push(`ERROR in ${errors.join(', ')}`);
  return parts.join(' · ') + '\n';
}

async function runBenchFile(file: string, log: (text: string) => void): Promise<BenchResult> {
  log(`running ${file}…\n`);
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as { default?: Bench };
    if (typeof module.default !== 'function') throw new Error('does not default-export a Bench function');
    const rows = await module.default();
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return { file, rows, rssMb: process.memoryUsage().rss / 1e6 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  failed: ${message}\n`);
    return { file, rows: [], error: message, rssMb: process.memoryUsage().rss / 1e6 };
  }
}

async function main(filters: string[]): Promise<number> {
  const files = selectBenchFiles(await readdir(BENCH_DIR), filters);
  if (files.length === 0) {
    console.error(`No bench file matches ${filters.join(', ') || 'bench/*.bench.ts'}.`);
    return 2;
  }
  const log = (text: string) => void process.stderr.write(text);
  const results: BenchResult[] = [];
  for (const file of files) results.push(await runBenchFile(file, log));

  const memory = results.map((result) => `${benchName(result.file)} ${result.rssMb.toFixed(0)} MB`).join(', ');
  process.stdout.write(`\n${formatTable(results)}\nresident memory after each bench: ${memory}\n${summarise(results)}`);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    results,
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`written ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
  // A bench that crashed is a bug; a missed target is only information.
  return results.some((result) => result.error !== undefined) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
