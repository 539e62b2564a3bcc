// How much the extraction costs on top of parsing: buildDeck vs a bare mdast parse of the same ~1 MB of notes.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { encodeDeck } from '../src/domain/deck-payload';
import { buildDeck } from '../src/pipeline/build-deck';
import { mayUseGfm, parseMarkdown, parseMarkdownWithGfm } from '../src/pipeline/parse-markdown';
import { median } from './sample-stats';
import type { Bench, BenchRow } from './bench-row';
import { generateNotes } from './generate-notes';

const NOTES_BYTES = 1_000_000;
const SEED = 20_240_601;
const WARM_UP_RUNS = 2;
const TIMED_RUNS = 5;
const TARGET_RATIO = 1.25;

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Median milliseconds of each task; runs are interleaved so drift in machine load hits all tasks alike. */
function medianTimes<Name extends string>(tasks: Record<Name, () => unknown>): Record<Name, number> {
  const names = Object.keys(tasks) as Name[];
  const samples = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (let run = 0; run < WARM_UP_RUNS + TIMED_RUNS; run += 1) {
    for (const name of names) {
      collectGarbage();
      const start = performance.now();
      tasks[name]();
      const elapsed = performance.now() - start;
      if (run >= WARM_UP_RUNS) samples.get(name)?.push(elapsed);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name) ?? [])])) as Record<Name, number>;
}

const pipelineBench: Bench = async () => {
  const text = generateNotes({ bytes: NOTES_BYTES, seed: SEED });
  const megabytes = (Buffer.byteLength(text) / 1_000_000).toFixed(1);
  const sources = [{ path: 'bench/generated-notes.md', text }];

  const times = medianTimes({
    buildDeck: () => buildDeck(sources),
    fromMarkdown: () => fromMarkdown(text),
    // The pipeline's own parse: GFM only when the text may use it, front matter always.
    withExtensions: () => parseMarkdown(text),
    // GFM on whatever the text holds, as a file with a table or a link gets it.
    gfmAlways: () => parseMarkdownWithGfm(text),
  });
  const deck = buildDeck(sources);
  const deckKb = Buffer.byteLength(JSON.stringify(deck)) / 1000;
  const payload = encodeDeck(deck);
  const payloadKb =
    [payload.outline, payload.rest, ...Object.values(payload.chapters)].reduce((sum, part) => sum + Buffer.byteLength(JSON.stringify(part)), 0) / 1000;
  const bareRatio = times.buildDeck / times.fromMarkdown;
  const extensionsRatio = times.buildDeck / times.withExtensions;
  const runs = `median of ${TIMED_RUNS} after ${WARM_UP_RUNS} warm-up`;

  const rows: BenchRow[] = [
    {
      name: `pipeline: buildDeck, ${megabytes} MB of notes`,
      value: times.buildDeck,
      unit: 'ms',
      note: `${deck.chapters.length} chapters, ${deck.cards.length} cards, ${deck.warnings.length} warnings; ${runs}`,
    },
    { name: 'pipeline: bare fromMarkdown, same text', value: times.fromMarkdown, unit: 'ms', note: runs },
    {
      name: 'pipeline: buildDeck / bare fromMarkdown',
      value: bareRatio,
      unit: 'x',
      target: `≤ ${TARGET_RATIO}×`,
      ok: bareRatio <= TARGET_RATIO,
      note: mayUseGfm(text) ? 'the text uses GFM syntax, so GFM is on' : 'no GFM syntax in the text, so the GFM extensions are skipped',
    },
    { name: "pipeline: the pipeline's parse (front matter, GFM when used), same text", value: times.withExtensions, unit: 'ms', note: runs },
    {
      name: 'pipeline: parse with GFM always on, same text',
      value: times.gfmAlways,
      unit: 'ms',
      note: `${(times.gfmAlways / times.fromMarkdown).toFixed(2)}× bare fromMarkdown; ${runs}`,
    },
    {
      name: "pipeline: buildDeck / the pipeline's parse",
      value: extensionsRatio,
      unit: 'x',
      note: `extraction's own cost: ${((extensionsRatio - 1) * 100).toFixed(0)}% on top of parsing`,
    },
    {
      name: 'pipeline: deck as shipped (outline + chapters, lean)',
      value: payloadKb,
      unit: 'kB',
      note: `for ${megabytes} MB of notes; the deck as plain JSON is ${deckKb.toFixed(0)} kB`,
    },
  ];
  return rows;
};

export default pipelineBench;
