// One line of the `npm run bench` table.
export interface BenchRow {
  /** What was measured, e.g. "pipeline: 1 MB of notes". */
  name: string;
  value: number;
  unit: 'ms' | 'kB' | 'MB' | 'x' | 'score' | 'count';
  /** The target as text, e.g. "≤ 16 ms"; omitted when there is none. */
  target?: string;
  /** Whether the target is met; omitted when there is no target. */
  ok?: boolean;
  note?: string;
}

/** A bench file (`bench/*.bench.ts`) default-exports one of these. */
export type Bench = () => Promise<BenchRow[]>;
