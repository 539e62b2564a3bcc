// The card browser on a large deck: its rows (every card's figures, retrievability included) sorted in deck order, as
// the screen's first render makes them, and one keystroke in the text filter over those rows (what a keystroke costs
// the screen: the rows and their order are kept, only the filter runs again).
import { cardMapOf } from '../src/domain/card-map';
import { cardBrowserRows, filterRows, NO_FILTER, reviewCounts, sortRows } from '../src/domain/card-browser-rows';
import { defaultStudySettings } from '../src/domain/progress';
import { schedulerOptionsFrom } from '../src/domain/scheduler';
import type { Bench, BenchRow } from './bench-row';
import { measure } from './insights.bench';
import { makeSyntheticDeck, makeSyntheticProgress } from './synthetic-deck';

const CARD_COUNT = 14_000;
const REVIEWS_PER_CARD = 10;
const KEYSTROKE_TARGET_MS = 16;

const cardBrowserBench: Bench = async () => {
  const now = Date.UTC(2026, 10, 27, 9, 0);
  const deck = makeSyntheticDeck(CARD_COUNT, 20261206);
  const { progress, log } = makeSyntheticProgress(deck, REVIEWS_PER_CARD, 14, now);
  const options = schedulerOptionsFrom(defaultStudySettings, false);
  const clock = { now, dayStartHour: defaultStudySettings.dayStartHour };

  const firstRender = measure(() => {
    const rows = cardBrowserRows({ deck, progress: cardMapOf(progress), reviews: reviewCounts(log), now, options });
    return filterRows(sortRows(rows, { column: 'place', direction: 'ascending' }), NO_FILTER, clock);
  });
  const sorted = firstRender.result;
  // Typing "sched" one letter at a time: each keystroke filters the same rows with one more letter.
  const typed = ['s', 'sc', 'sch', 'sche', 'sched'];
  let letter = 0;
  const keystroke = measure(() => filterRows(sorted, { ...NO_FILTER, text: typed[letter++ % typed.length] }, clock));
  const resort = measure(() => sortRows(sorted, { column: 'retrievability', direction: 'descending' }));

  const scale = `${CARD_COUNT.toLocaleString('en')} cards × ${REVIEWS_PER_CARD} reviews`;
  const rows: BenchRow[] = [
    {
      name: `card browser: rows (figures and recall today) in deck order, ${scale}`,
      value: firstRender.medianMs,
      unit: 'ms',
      note: `median of 40; p95 ${firstRender.p95Ms} ms; ${sorted.length.toLocaleString('en')} rows`,
    },
    {
      name: `card browser: a filter keystroke (text), ${scale}`,
      value: keystroke.medianMs,
      unit: 'ms',
      target: `≤ ${KEYSTROKE_TARGET_MS} ms`,
      ok: keystroke.p95Ms <= KEYSTROKE_TARGET_MS,
      note: `median of 40; p95 ${keystroke.p95Ms} ms (the target is for the p95)`,
    },
    {
      name: `card browser: sort by another column, ${scale}`,
      value: resort.medianMs,
      unit: 'ms',
      note: `median of 40; p95 ${resort.p95Ms} ms`,
    },
  ];
  return rows;
};

export default cardBrowserBench;
