import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultStudySettings, Rating, State, type Grade, type ManualEntry, type ReviewEntry, type SchedulingState } from '../../../src/domain/progress';
import { gradeCard, newSchedulingState, schedulerOptionsFrom } from '../../../src/domain/scheduler';
import {
  bucketCountFor,
  cardBucket,
  CodecError,
  decodeCardLog,
  decodeCardState,
  decodeDeck,
  decodeDeckInto,
  decodeFixed8,
  emptyDeckRead,
  lazyReviewLog,
  type DeckRead,
  decodeStudyData,
  decodeStudyDataLenient,
  emptyDeckData,
  decodeTime,
  encodeCardLog,
  encodeCardState,
  encodeDeck,
  encodeFixed8,
  encodeMonthReviews,
  encodeStudyData,
  encodeTime,
  frontCodeIds,
  frontDecodeIds,
  frontDecodeIdsLenient,
  type DamagedRecord,
} from '../../../src/store/persist/persisted-codec';
import { cardIdArb, schedulingStateArb, studyDataArb, timeArb } from '../study-data-arbitraries';
import { cardEntries, cardIds, cardMapOf } from '../../../src/domain/card-map';
import { logEntries, monthOf } from '../../../src/domain/review-log';
import { studyData } from '../../study-data-kit';

/** Hundreds of generated cases each: more than the default 5 s on a busy machine (a limit, not a speed check). */
const PROPERTY_TEST_OPTIONS = { timeout: 60_000 };

const BASE_SECONDS = Date.UTC(2026, 9, 1) / 1000;
const at = (minutes: number) => (BASE_SECONDS + minutes * 60) * 1000;

function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('compact codec round trip', PROPERTY_TEST_OPTIONS, () => {
  it('decodes whatever it encodes, through JSON, for any valid study data', () => {
    fc.assert(
      fc.property(studyDataArb, (data) => {
        expect(decodeStudyData(viaJson(encodeStudyData(data)))).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('gives equal text for equal data whatever order the cards were added in', () => {
    fc.assert(
      fc.property(studyDataArb, (data) => {
        const reversed = {
          ...data,
          progress: Object.fromEntries(Object.entries(data.progress).map(([deckId, cards]) => [deckId, cardMapOf(cardEntries(cards).reverse())])),
        };
        expect(JSON.stringify(encodeStudyData(reversed))).toBe(JSON.stringify(encodeStudyData(data)));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps scheduler states exact, so grading after a reload gives the same result as without one', () => {
    const options = schedulerOptionsFrom(defaultStudySettings, false);
    const gradesArb = fc.array(fc.tuple(fc.constantFrom<Grade>(1, 2, 3, 4), fc.integer({ min: 1, max: 40 * 86_400 })), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(gradesArb, fc.constantFrom<Grade>(1, 2, 3, 4), (steps, lastGrade) => {
        let now = at(0);
        let state: SchedulingState = newSchedulingState(now);
        for (const [grade, waitSeconds] of steps) {
          now += waitSeconds * 1000;
          state = gradeCard(state, grade, now, options).next;
        }
        const { progress } = decodeCardState(encodeCardState({ scheduling: state, suspended: false }, now, BASE_SECONDS), BASE_SECONDS);
        expect(progress.scheduling).toEqual(state);
        const later = now + 3 * 86_400_000;
        expect(gradeCard(progress.scheduling, lastGrade, later, options).next).toEqual(gradeCard(state, lastGrade, later, options).next);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips every scheduling state and change time', () => {
    fc.assert(
      fc.property(schedulingStateArb, fc.boolean(), timeArb, (scheduling, suspended, changedAt) => {
        const text = encodeCardState({ scheduling, suspended }, changedAt, BASE_SECONDS);
        expect(decodeCardState(text, BASE_SECONDS)).toEqual({ progress: { scheduling, suspended }, changedAt });
      }),
    );
  });

  it('round-trips front-coded ids in sorted order, including prefixes longer than one character can count', () => {
    fc.assert(
      fc.property(fc.uniqueArray(cardIdArb, { maxLength: 30 }), (ids) => {
        const sorted = [...ids].sort();
        expect(frontDecodeIds(frontCodeIds(sorted))).toEqual(sorted);
        expect(frontDecodeIdsLenient(frontCodeIds(sorted))).toEqual(sorted);
      }),
    );
  });

  it('round-trips a card’s grades and forgets together, in time order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (seconds, forgets) => {
          const entries = [...seconds]
            .sort((a, b) => a - b)
            .map((second, index): ReviewEntry | ManualEntry =>
              forgets[index]
                ? { cardId: 'k', at: at(0) + second * 1000, action: 'forget' }
                : { cardId: 'k', at: at(0) + second * 1000, rating: Rating.Hard, stateBefore: State.Learning, durationMs: 3000, origin: 'quiz' },
            );
          const reviews: ReviewEntry[] = [];
          const manual: ManualEntry[] = [];
          decodeCardLog(encodeCardLog(entries, BASE_SECONDS), 'k', BASE_SECONDS, reviews, manual);
          expect(reviews).toEqual(entries.filter((entry) => !('action' in entry)));
          expect(manual).toEqual(entries.filter((entry) => 'action' in entry));
        },
      ),
    );
  });
});

describe('chunks', () => {
  it('put a card in the same chunk every time (FNV-1a of its id), spreading cards evenly', () => {
    expect(cardBucket('kubernetes-architecture/definition/kubelet', 64)).toBe(cardBucket('kubernetes-architecture/definition/kubelet', 64));
    const counts = new Array(64).fill(0);
    for (let n = 0; n < 10_000; n += 1) counts[cardBucket(`chapter-${n % 15}/definition/card-${n}`, 64)] += 1;
    expect(Math.min(...counts)).toBeGreaterThan(110);
    expect(Math.max(...counts)).toBeLessThan(210);
  });

  it('double in number as a deck passes 160 cards a chunk, and never become fewer', () => {
    expect([0, 160, 161, 320, 321, 10_000].map((count) => bucketCountFor(count))).toEqual([1, 1, 2, 2, 4, 64]);
    expect(bucketCountFor(10, 8)).toBe(8);
  });
});

describe('compact encoding', () => {
  it('writes a reviewed card state in a few dozen characters', () => {
    const options = schedulerOptionsFrom(defaultStudySettings, false);
    const first = gradeCard(newSchedulingState(at(0)), Rating.Good, at(0), options).next;
    const reviewed = gradeCard(first, Rating.Good, at(10), options).next;
    const text = encodeCardState({ scheduling: reviewed, suspended: false }, reviewed.lastReview!, BASE_SECONDS);
    expect(text).toMatch(/^[0-9a-z,]+$/);
    expect(text.length).toBeLessThan(45);
    // Suspension and a change time after the last review are the optional trailing fields.
    expect(encodeCardState({ scheduling: reviewed, suspended: true }, reviewed.lastReview! + 5000, BASE_SECONDS)).toBe(`${text},1,${(600 + 5).toString(36)}`);
  });

  it('leaves a due time out when it is the interval’s whole days after the last review, and reads it back', () => {
    const options = schedulerOptionsFrom(defaultStudySettings, false);
    const first = gradeCard(newSchedulingState(at(0)), Rating.Good, at(0), options).next;
    const review = gradeCard(first, Rating.Good, at(10) + 517, options).next;
    expect(review.due).toBe(review.lastReview! + review.scheduledDays * 86_400_000);
    const implied = encodeCardState({ scheduling: review, suspended: false }, review.lastReview!, BASE_SECONDS, true);
    expect(implied.startsWith(',')).toBe(true);
    expect(implied.length).toBeLessThan(encodeCardState({ scheduling: review, suspended: false }, review.lastReview!, BASE_SECONDS).length);
    expect(decodeCardState(implied, BASE_SECONDS).progress.scheduling).toEqual(review);
    // A learning state (due minutes away, no whole-day interval) keeps its due time.
    expect(encodeCardState({ scheduling: first, suspended: false }, first.lastReview!, BASE_SECONDS, true).startsWith(',')).toBe(false);
    expect(() => decodeCardState(',,0,0,0,0,0,0,0', BASE_SECONDS)).toThrow(CodecError);
  });

  it('writes a flag as a twelfth field, Anki’s number (1 red … 4 blue), and reads states stored before flags as unflagged', () => {
    const state = newSchedulingState(at(0));
    const plain = encodeCardState({ scheduling: state, suspended: false }, at(0), BASE_SECONDS);
    const flagged = encodeCardState({ scheduling: state, suspended: false, flag: 'green' }, at(0), BASE_SECONDS);
    expect(flagged).toBe(`${plain.padEnd(plain.length + 11 - plain.split(',').length, ',')},3`);
    expect(decodeCardState(flagged, BASE_SECONDS).progress).toEqual({ scheduling: state, suspended: false, flag: 'green' });
    expect(decodeCardState(plain, BASE_SECONDS).progress).toEqual({ scheduling: state, suspended: false });
    expect(() => decodeCardState(`${plain},,,5`, BASE_SECONDS)).toThrow('bad card flag: "5"');
  });

  it('writes each review as seconds since the previous one, a flag and a duration', () => {
    const entries: ReviewEntry[] = [
      { cardId: 'k', at: at(0), rating: Rating.Good, stateBefore: State.New, durationMs: 8000, origin: 'review' },
      { cardId: 'k', at: at(10), rating: Rating.Again, stateBefore: State.Learning, durationMs: 60_000, origin: 'quiz' },
    ];
    // 0 s after the base, Good from New = flag C, 8 s; 600 s later ("go"), Again from Learning in a quiz = flag U, 60 s = "Y".
    expect(encodeCardLog(entries, BASE_SECONDS)).toBe('0C8goUY');
  });

  it('writes a forget as seconds since the previous entry and “(”', () => {
    const entries: (ReviewEntry | ManualEntry)[] = [
      { cardId: 'k', at: at(0), rating: Rating.Good, stateBefore: State.New, durationMs: 8000, origin: 'review' },
      { cardId: 'k', at: at(1), action: 'forget' },
    ];
    expect(encodeCardLog(entries, BASE_SECONDS)).toBe('0C81o(');
  });

  it('caps durations at 60 seconds and rounds them to whole seconds', () => {
    const entry: ReviewEntry = { cardId: 'k', at: at(0), rating: Rating.Good, stateBefore: State.Review, durationMs: 95_000, origin: 'review' };
    const decoded: ReviewEntry[] = [];
    decodeCardLog(encodeCardLog([entry, { ...entry, at: at(1), durationMs: 4_499 }], BASE_SECONDS), 'k', BASE_SECONDS, decoded, []);
    expect(decoded.map((e) => e.durationMs)).toEqual([60_000, 4_000]);
  });

  it('keeps numbers off the compact grid exactly', () => {
    expect(decodeTime(encodeTime(at(0) + 517, BASE_SECONDS), BASE_SECONDS)).toBe(at(0) + 517);
    expect(encodeTime(at(0) + 517, BASE_SECONDS)).toMatch(/^~/);
    expect(decodeFixed8(encodeFixed8(1 / 3))).toBe(1 / 3);
    expect(decodeFixed8(encodeFixed8(2.15207825))).toBe(2.15207825);
    expect(encodeFixed8(2.15207825)).not.toMatch(/^~/);
  });

  it('refuses to encode a state with a number that is not finite', () => {
    const state = { ...newSchedulingState(at(0)), stability: Number.NaN };
    expect(() => encodeCardState({ scheduling: state, suspended: false }, at(0), BASE_SECONDS)).toThrow(CodecError);
  });
});

describe('decoding damaged text', () => {
  const valid = encodeDeck({
    ...emptyDeckData(),
    progress: { kubelet: { scheduling: newSchedulingState(at(0)), suspended: false } },
    changedAt: { kubelet: at(0) },
    log: [{ cardId: 'kubelet', at: at(0), rating: Rating.Good, stateBefore: State.New, durationMs: 5000, origin: 'review' }],
  });

  it.each([
    ['a state with too few fields', { states: ['0,,0,0'] }],
    ['an unknown state code', { states: [valid.states[0].replace(/,0$/, ',7')] }],
    ['a base-36 number with other characters', { states: [valid.states[0].replace(/^0/, '0?')] }],
    ['a review without its duration', { log: { '2026-10': '0C' } }],
    ['a review without its card', { log: { '2026-10': '0C5' } }],
    ['a review without a flag', { log: { '2026-10': '12' } }],
    ['a duration past 60 s', { log: { '2026-10': '0CZ0' } }],
    ['a card index past the chunk’s cards', { log: { '2026-10': '0C51' } }],
    ['a review past the end of its month', { log: { '2026-10': 'zzzzzC50' } }],
    ['a month that is not one', { log: { '2026-13': '0C50' } }],
    ['a review among the manual changes', { manual: { '0': '0C5' } }],
    ['manual changes of a card that is not there', { manual: { '1': '0(' } }],
    ['an id entry sharing more than the previous id has', { ids: ['5abc'] }],
    ['columns of different lengths', { states: [] }],
  ])('throws a CodecError for %s', (_what, damage) => {
    expect(() => decodeDeck({ ...valid, ...damage })).toThrow(CodecError);
  });

  it('decodes the undamaged deck, its review in the month it was in', () => {
    expect(valid.log).toEqual({ '2026-10': '0C50' });
    expect(decodeDeck(valid).log).toHaveLength(1);
  });
});

describe('reading record by record', () => {
  const ids = Array.from({ length: 40 }, (_, index) => `chapter/definition/card-${String(index).padStart(2, '0')}`);
  const deck = {
    ...emptyDeckData(),
    progress: Object.fromEntries(ids.map((id, index) => [id, { scheduling: newSchedulingState(at(index)), suspended: false }])),
    changedAt: Object.fromEntries(ids.map((id, index) => [id, at(index)])),
    log: ids.map((cardId, index): ReviewEntry => ({ cardId, at: at(index), rating: Rating.Good, stateBefore: State.New, durationMs: 5000, origin: 'review' })),
  };
  const chunk = encodeDeck(deck);

  function read(damage: (copy: typeof chunk) => void) {
    const copy = structuredClone(chunk);
    damage(copy);
    const into = emptyDeckRead();
    const damaged: DamagedRecord[] = [];
    decodeDeckInto(copy, into, damaged, 'chunk');
    return { into, damaged };
  }
  const reviewsOf = (into: DeckRead) => logEntries(lazyReviewLog(into.months));

  it('keeps every other card when one state cannot be read', () => {
    const { into, damaged } = read((copy) => (copy.states[3] = 'garbage,,,'));
    expect(damaged).toEqual([{ where: `chunk, card ${ids[3]}: state`, reason: expect.stringContaining('bad'), text: 'garbage,,,' }]);
    expect(Object.keys(into.progress)).toEqual(ids.filter((_, index) => index !== 3));
    expect(reviewsOf(into)).toHaveLength(40);
  });

  it('keeps the reviews of a month before the damage in it, and counts them without decoding them', () => {
    const month = '2026-10';
    // Five reviews (one a minute from the month's start, card indices two digits wide: 40 cards), then damage.
    const cut = encodeMonthReviews(deck.log.slice(0, 5), new Map(ids.map((id, index) => [id, index])), 2, monthOf(at(0))).length;
    const { into, damaged } = read((copy) => (copy.log![month] = `${copy.log![month].slice(0, cut)}?${copy.log![month].slice(cut)}`));
    expect(damaged).toEqual([{ where: `chunk, reviews of ${month}`, reason: expect.stringContaining(`character ${cut}`), text: expect.any(String) }]);
    expect(into.months.get(monthOf(at(0)))?.[0].count).toBe(5);
    expect(reviewsOf(into).map((entry) => entry.cardId)).toEqual(ids.slice(0, 5));
  });

  it('loses an unreadable id and the ids built on it, up to the next id written whole, and the reviews from the first of theirs', () => {
    const { into, damaged } = read((copy) => (copy.ids[3] = '\u00e9'));
    // Ids 0 and 16 and 32 are written whole: the damage at 3 costs 3 to 15; the month's reviews stop at card 3's.
    expect(damaged).toHaveLength(14);
    expect(damaged.at(-1)?.reason).toContain('no readable card');
    expect(Object.keys(into.progress)).toEqual(ids.filter((_, index) => index < 3 || index >= 16));
    expect(reviewsOf(into).map((entry) => entry.cardId)).toEqual(ids.slice(0, 3));
  });

  it('reports the record, not the whole data, when decoding leniently, and throws when strict', () => {
    const data = {
      ...decodeStudyData(
        encodeStudyData(
          studyData({
            log: { kubernetes: deck.log },
            progress: { kubernetes: deck.progress },
            cardChangedAt: { kubernetes: deck.changedAt },
          }),
        ),
      ),
    };
    const persisted = encodeStudyData(data);
    persisted.decks.kubernetes.chunks['0'].states[0] = 'garbage,,,';
    const { data: lenient, damaged } = decodeStudyDataLenient(persisted);
    expect(damaged).toMatchObject([{ deckId: 'kubernetes', chunk: 0 }]);
    expect(cardIds(lenient.progress.kubernetes)).toHaveLength(39);
    expect(() => decodeStudyData(persisted)).toThrow(CodecError);
  });
});
