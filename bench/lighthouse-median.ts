// Lighthouse's advice for variance, without reaching into its internals: of several runs, report the one closest
// to the median FCP and the median TTI (Euclidean distance, ties to the earlier TTI), as its median-run helper does.
import type { Result } from 'lighthouse';
import { median } from './sample-stats';

const FCP = 'first-contentful-paint';
const TTI = 'interactive';

const valueOf = (run: Result, audit: string) => run.audits[audit]?.numericValue ?? Number.NaN;

/** Runs that measured both FCP and TTI; only they can be ranked. */
export function measuredRuns(runs: readonly Result[]): Result[] {
  return runs.filter((run) => Number.isFinite(valueOf(run, FCP)) && Number.isFinite(valueOf(run, TTI)));
}

/** The run closest to the median FCP and TTI of `runs` (all measured; at least one). */
export function medianRun(runs: readonly Result[]): Result {
  if (runs.length === 0) throw new Error('no runs to take the median of');
  const fcp = median(runs.map((run) => valueOf(run, FCP)));
  const tti = median(runs.map((run) => valueOf(run, TTI)));
  const distance = (run: Result) => (valueOf(run, FCP) - fcp) ** 2 + (valueOf(run, TTI) - tti) ** 2;
  return [...runs].sort((a, b) => distance(a) - distance(b) || valueOf(a, TTI) - valueOf(b, TTI))[0]!;
}
