import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { measuredRuns, medianRun } from '../../bench/lighthouse-median';

/** A run with only what the median reads: FCP and TTI in ms (undefined: not measured). */
const run = (name: string, fcp: number | undefined, tti: number | undefined) =>
  ({
    requestedUrl: name,
    audits: { 'first-contentful-paint': { numericValue: fcp }, interactive: { numericValue: tti } },
  }) as unknown as Result;

const names = (runs: readonly Result[]) => runs.map((result) => result.requestedUrl);

describe('median Lighthouse run', () => {
  it('keeps the runs that measured both FCP and TTI', () => {
    expect(names(measuredRuns([run('a', 900, 2000), run('b', undefined, 2000), run('c', 900, Number.NaN), run('d', 800, 1900)]))).toEqual(['a', 'd']);
  });

  it('is the run nearest the median FCP and the median TTI', () => {
    // Medians: FCP 1000 (b's), TTI 2500 (a's). Distances²: a 100², b 500², c 200² + 400², d far, e 50² + 100².
    const runs = [run('a', 900, 2500), run('b', 1000, 2000), run('c', 1200, 2100), run('d', 3000, 4000), run('e', 950, 2600)];
    expect(medianRun(runs).requestedUrl).toBe('a');
  });

  it('takes the earlier TTI of two runs equally near, and refuses no runs at all', () => {
    expect(medianRun([run('late', 1000, 2100), run('early', 1000, 1900)]).requestedUrl).toBe('early');
    expect(() => medianRun([])).toThrow('no runs');
  });
});
