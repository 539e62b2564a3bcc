// Lighthouse scores of the built app in Debian's Chromium: mobile preset (emulated Moto G Power, simulated
// throttling), performance and accessibility, on the home and review screens. Everything stays on 127.0.0.1.
// Each screen is audited a few times and Lighthouse's median run is reported, as Lighthouse advises for variance.
// LIGHTHOUSE_DIST measures (and builds into) another folder than dist/; LIGHTHOUSE_RUNS sets the runs per screen.
// The median run's HTML and JSON reports are written to bench/results/lighthouse-<screen>.{html,json}.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { generateReport, type Flags, type Result } from 'lighthouse';
import type { Bench, BenchRow } from './bench-row';
import { ensureBuiltApp } from './lighthouse-build';
import { chromiumPath, launchChromium } from './lighthouse-chromium';
import { measuredRuns, medianRun } from './lighthouse-median';
import { categoryScore, rowsFromResult, unmeasuredRows } from './lighthouse-rows';
import { startStaticServer } from './lighthouse-server';

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS_DIR = path.join(ROOT_DIR, 'bench', 'results');
const DEFAULT_RUNS = 3;

/** Screen name → hash route. */
export const SCREENS = { home: '#/', review: '#/review' } as const;
type Screen = keyof typeof SCREENS;

const FLAGS: Flags = {
  logLevel: 'error',
  output: 'json',
  onlyCategories: ['performance', 'accessibility'],
};

function distDir(): string {
  return path.resolve(ROOT_DIR, process.env.LIGHTHOUSE_DIST ?? 'dist');
}

function runsPerScreen(): number {
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? DEFAULT_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : DEFAULT_RUNS;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * One Lighthouse run in a browser of its own: a true first visit (one browser would keep IndexedDB and local storage
 * between runs, which Lighthouse does not clear), with the machine's cores left to one page.
 */
async function auditOnce(browserPath: string, url: string): Promise<Result> {
  const chromium = await launchChromium(browserPath);
  try {
    const runner = await lighthouse(url, { ...FLAGS, port: chromium.port });
    if (runner === undefined) throw new Error('Lighthouse returned no result');
    const { runtimeError } = runner.lhr;
    if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
    return runner.lhr;
  } finally {
    chromium.kill();
  }
}

async function writeReports(reportName: string, result: Result): Promise<void> {
  await mkdir(REPORTS_DIR, { recursive: true });
  const base = path.join(REPORTS_DIR, `lighthouse-${reportName}`);
  await writeFile(`${base}.html`, generateReport(result, 'html'));
  await writeFile(`${base}.json`, generateReport(result, 'json'));
}

export interface AuditOptions {
  /** How the screen is named in the rows and report files, e.g. "home" or "home, 1 MB of notes". */
  label: (screen: Screen) => string;
  reportName: (screen: Screen) => string;
  /** The performance score to reach. */
  target?: number;
}

const defaultAudit: AuditOptions = { label: (screen) => screen, reportName: (screen) => screen };

async function auditScreen(browserPath: string, origin: string, screen: Screen, runs: number, options: AuditOptions): Promise<BenchRow[]> {
  const label = options.label(screen);
  const results: Result[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    try {
      results.push(await auditOnce(browserPath, `${origin}/${SCREENS[screen]}`));
    } catch (error) {
      return unmeasuredRows(label, error instanceof Error ? error.message : String(error), options.target);
    }
    process.stderr.write(`  ${label} run ${run + 1}/${runs}: performance ${categoryScore(results[run], 'performance')} in ${seconds(started)}\n`);
  }
  // Runs without an FCP or TTI cannot be ranked; with none left, the screen has no figure.
  const validRuns = measuredRuns(results);
  if (validRuns.length === 0) return unmeasuredRows(label, 'no run measured both FCP and TTI', options.target);
  const median = medianRun(validRuns);
  await writeReports(options.reportName(screen), median);
  return rowsFromResult(median, label, results, options.target);
}

/** Lighthouse rows for Home and Review of the build in `dist` (built beforehand), served on 127.0.0.1. */
export async function auditBuild(dist: string, options: AuditOptions = defaultAudit): Promise<BenchRow[]> {
  const browserPath = chromiumPath();
  if (!existsSync(browserPath)) return unmeasuredRows(options.label('home'), `Chromium not found at ${browserPath} (set CHROMIUM_PATH)`, options.target);
  const server = await startStaticServer(dist);
  try {
    const rows: BenchRow[] = [];
    for (const screen of Object.keys(SCREENS) as Screen[]) {
      rows.push(...(await auditScreen(browserPath, server.origin, screen, runsPerScreen(), options)));
    }
    return rows;
  } finally {
    await server.close();
  }
}

const lighthouseBench: Bench = async () => {
  if (!existsSync(chromiumPath())) return unmeasuredRows('home', `Chromium not found at ${chromiumPath()} (set CHROMIUM_PATH)`);
  const dist = distDir();
  const buildStarted = performance.now();
  process.stderr.write(`  ${await ensureBuiltApp(ROOT_DIR, dist)} in ${seconds(buildStarted)}\n`);
  return auditBuild(dist);
};

export default lighthouseBench;
