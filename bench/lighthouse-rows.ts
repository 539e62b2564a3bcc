// Bench rows from a Lighthouse result: the two category scores against their targets, key metrics and the weight.
import type { Result } from 'lighthouse';
import type { BenchRow } from './bench-row';

export const PERFORMANCE_TARGET = 98;
export const ACCESSIBILITY_TARGET = 100;

type AuditResult = Result['audits'][string];

const MAX_REASONS = 3;

/** "1.2 s" for times, the bare number for CLS. */
function metric(result: Result, id: string, acronym: string): string {
  const value = result.audits[id]?.numericValue;
  if (value === undefined) return `${acronym} ?`;
  if (id === 'cumulative-layout-shift') return `${acronym} ${value.toFixed(3)}`;
  return value >= 1000 ? `${acronym} ${(value / 1000).toFixed(1)} s` : `${acronym} ${Math.round(value)} ms`;
}

export function metricsNote(result: Result): string {
  return [
    metric(result, 'first-contentful-paint', 'FCP'),
    metric(result, 'largest-contentful-paint', 'LCP'),
    metric(result, 'total-blocking-time', 'TBT'),
    metric(result, 'cumulative-layout-shift', 'CLS'),
    metric(result, 'speed-index', 'SI'),
  ].join(' · ');
}

function auditsOf(result: Result, categoryId: string): AuditResult[] {
  const refs = result.categories[categoryId]?.auditRefs ?? [];
  return refs.map((ref) => result.audits[ref.id]).filter((audit): audit is AuditResult => audit !== undefined);
}

const isFailing = (audit: AuditResult) => audit.score !== null && audit.score < 0.9;

/** Estimated saving of an opportunity: the largest of its metric savings (ms), for ordering. */
function estimatedSaving(audit: AuditResult): number {
  const savings = Object.values(audit.metricSavings ?? {}).filter((value): value is number => typeof value === 'number');
  return Math.max(0, ...savings);
}

/**
 * Failing performance opportunities and diagnostics, the costliest first. Left out: the metrics themselves, the
 * report's hidden audits (mostly newer "insight" twins of the visible ones) and opportunities estimated to save nothing.
 */
export function performanceReasons(result: Result): AuditResult[] {
  const shown = new Set((result.categories.performance?.auditRefs ?? []).filter((ref) => ref.weight === 0 && ref.group !== 'hidden').map((ref) => ref.id));
  return auditsOf(result, 'performance')
    .filter((audit) => shown.has(audit.id) && isFailing(audit) && (audit.scoreDisplayMode !== 'metricSavings' || estimatedSaving(audit) > 0))
    .sort((a, b) => estimatedSaving(b) - estimatedSaving(a) || (a.score ?? 0) - (b.score ?? 0));
}

/** Accessibility audits the page fails. */
export function accessibilityFailures(result: Result): AuditResult[] {
  return auditsOf(result, 'accessibility').filter(isFailing);
}

const describe = (audit: AuditResult) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id);

export function categoryScore(result: Result, categoryId: string): number {
  const score = result.categories[categoryId]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : Number.NaN;
}

/** "median of 3 runs (96, 98, 99)": the spread shows how much the machine's load moved the score. */
export function runsNote(runs: Result[]): string {
  if (runs.length < 2) return '1 run';
  const scores = runs.map((run) => categoryScore(run, 'performance')).sort((a, b) => a - b);
  return `median of ${runs.length} runs (${scores.join(', ')})`;
}

/**
 * Rows for one audited screen (e.g. "home") from its median run; `runs` holds every run, the median included.
 * `target` is the performance score to reach.
 */
export function rowsFromResult(result: Result, screen: string, runs: Result[] = [result], target = PERFORMANCE_TARGET): BenchRow[] {
  const performance = categoryScore(result, 'performance');
  const accessibility = categoryScore(result, 'accessibility');
  const reasons = performanceReasons(result).slice(0, MAX_REASONS).map(describe);
  const failures = accessibilityFailures(result).map(describe);
  const totalBytes = result.audits['total-byte-weight']?.numericValue;
  const requests = (result.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length;
  const warnings = result.runWarnings.length > 0 ? ` · warning: ${result.runWarnings.join('; ')}` : '';
  // Lighthouse's CPU benchmark of this machine under its current load; simulated throttling scales from it.
  const benchmarkIndex = ` · benchmark index ${Math.round(result.environment.benchmarkIndex)}`;
  return [
    {
      name: `lighthouse: performance (mobile, ${screen})`,
      value: performance,
      unit: 'score',
      target: `≥ ${target}`,
      ok: performance >= target,
      note: `${runsNote(runs)} · ${metricsNote(result)}${benchmarkIndex}` + (reasons.length > 0 ? ` · to fix: ${reasons.join(', ')}` : '') + warnings,
    },
    {
      name: `lighthouse: accessibility (mobile, ${screen})`,
      value: accessibility,
      unit: 'score',
      target: `= ${ACCESSIBILITY_TARGET}`,
      ok: accessibility === ACCESSIBILITY_TARGET,
      ...(failures.length > 0 ? { note: `failing: ${failures.join(', ')}` } : {}),
    },
    {
      name: `lighthouse: transfer size (${screen})`,
      value: totalBytes === undefined ? Number.NaN : Math.round(totalBytes / 102.4) / 10,
      unit: 'kB',
      ...(requests === undefined ? {} : { note: `${requests} requests, gzip, fresh cache` }),
    },
  ];
}

/** The two scored rows with no value, when the screen could not be audited. */
export function unmeasuredRows(screen: string, note: string, target = PERFORMANCE_TARGET): BenchRow[] {
  return [
    { name: `lighthouse: performance (mobile, ${screen})`, value: Number.NaN, unit: 'score', target: `≥ ${target}`, ok: false, note },
    { name: `lighthouse: accessibility (mobile, ${screen})`, value: Number.NaN, unit: 'score', target: `= ${ACCESSIBILITY_TARGET}`, ok: false, note },
  ];
}
