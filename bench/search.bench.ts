// Search speed on a large deck: building the fuse.js index on first use, and each query as the learner types.
import { buildSearchIndex } from '../src/features/search/search-engine';
import type { Bench, BenchRow } from './bench-row';
import { median, percentile, rounded } from './sample-stats';
import { makeSyntheticDeck } from './synthetic-deck';

const CARD_COUNT = 10_000;
const BUILDS_MEASURED = 5;
const QUERY_TARGET_MS = 16;
/** What a learner types, keystroke by keystroke (each prefix is one query), plus a typo and a miss. */
const TYPED = ['kubelet', 'controller manager', 'etdc', 'schedular', 'ingress webhook', 'zzqx'];
const ROUNDS = 5;

const searchBench: Bench = async () => {
  const deck = makeSyntheticDeck(CARD_COUNT, 20261127);
  const buildMs: number[] = [];
  let index = buildSearchIndex(deck, null);
  for (let i = 0; i < BUILDS_MEASURED; i += 1) {
    const start = performance.now();
    index = buildSearchIndex(deck, null);
    buildMs.push(performance.now() - start);
  }
  const queries = TYPED.flatMap((word) => Array.from({ length: word.length - 1 }, (_, end) => word.slice(0, end + 2)));
  for (const query of queries) index.search(query);
  const queryMs: number[] = [];
  let hits = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of queries) {
      const start = performance.now();
      hits += index.search(query).length;
      queryMs.push(performance.now() - start);
    }
  }
  const p95 = percentile(queryMs, 0.95);
  const rows: BenchRow[] = [
    {
      name: `search: index build, ${CARD_COUNT} cards (${index.size} records)`,
      value: rounded(median(buildMs)),
      unit: 'ms',
      note: 'median; once, on first use of the search box, in the search worker',
    },
    {
      name: 'search: query as you type (median)',
      value: rounded(median(queryMs)),
      unit: 'ms',
      target: `≤ ${QUERY_TARGET_MS} ms`,
      ok: median(queryMs) <= QUERY_TARGET_MS,
      note: `${queryMs.length} queries`,
    },
    {
      name: 'search: query as you type (p95)',
      value: rounded(p95),
      unit: 'ms',
      target: `≤ ${QUERY_TARGET_MS} ms`,
      ok: p95 <= QUERY_TARGET_MS,
      note: `${Math.round(hits / ROUNDS)} hits per round`,
    },
  ];
  return rows;
};

export default searchBench;
