// One source of truth for today's counts: over a seeded 30-day history on the real notes (reviews with limits that
// bind, siblings buried, quiz answers some days), Home, Stats and Review show the same "due today" and the same
// "reviewed today", with the quiz answers named beside the reviews in all three and counted in none.
import { cleanup, screen, within } from '@testing-library/react';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { Rating, type Grade } from '../../src/domain/progress';
import { dueToday, nextCardId, type QueueInput } from '../../src/domain/review-queue';
import { createRng } from '../../src/domain/random';
import { HomeScreen } from '../../src/features/home/home-screen';
import { StatsScreen } from '../../src/features/stats/stats-screen';
import type { StudyStore } from '../../src/store/create-study-store';
import { deckSource } from '../../src/store/deck-library/deck-source';
import { waitForHomeFigures } from './home/screen-harness';
import { renderReview } from './review/review-test-kit';
import { DAY, makeStore, MINUTE, renderAt, T0 } from './screen-test-kit';
import { deckLog, deckProgress } from '../study-data-kit';

const deck: Deck = builtDeck;
const HOUR = 60 * MINUTE;
const FIRST_DAY = T0 - 30 * DAY;

function queueInput(store: StudyStore, now: number): QueueInput {
  const { progress, log, settings } = store.getState();
  return { cards: deck.cards, progress: progress[deck.id] ?? deckProgress({}), log: log[deck.id] ?? deckLog([]), settings, now, scope: { kind: 'deck' } };
}

/**
 * Thirty study days from one seed: a review session most mornings (as long as the learner has time, learning steps
 * included), now and then an evening quiz grading a few cards, and days off. Every fourth day, an hour after the
 * day's last grade (every learning step of the day is due by then, so "due now" is all that is due today), `check`
 * looks at the screens.
 */
async function liveThrough(seed: number, check: (store: StudyStore, now: number) => Promise<void>): Promise<number> {
  const store = makeStore();
  store.getState().updateSettings({ newCardsPerDay: 8, reviewsPerDay: 25 }, FIRST_DAY);
  const rng = createRng(seed);
  let checks = 0;
  for (let day = 0; day < 30; day += 1) {
    let now = FIRST_DAY + day * DAY + rng.int(0, 3 * 60) * MINUTE;
    if (rng.int(0, 5) > 0) {
      for (let answered = rng.int(5, 40); answered > 0; answered -= 1) {
        const cardId = nextCardId(queueInput(store, now));
        if (cardId === null) break;
        const grade = rng.pick<Grade>([Rating.Again, Rating.Hard, Rating.Good, Rating.Good, Rating.Good, Rating.Easy]);
        store.getState().gradeCard(deck.id, cardId, grade, now, 8_000);
        now += rng.int(10, 90) * 1000;
      }
    }
    if (rng.int(0, 2) === 0) {
      now += 8 * HOUR;
      for (let answered = rng.int(1, 6); answered > 0; answered -= 1) {
        store.getState().gradeCard(deck.id, rng.pick(deck.cards).id, rng.coin() ? Rating.Good : Rating.Again, now, 20_000, 'quiz');
      }
    }
    if (day % 4 === 3 || day === 29) {
      await check(store, now + HOUR);
      checks += 1;
    }
  }
  return checks;
}

/** The big figure under a label on Home or Stats, and the line under it. */
function tile(label: string): { value: number; note: string } {
  const term = screen.getByText(label, { selector: 'dt' });
  return { value: Number(term.nextElementSibling?.textContent), note: term.nextElementSibling?.nextElementSibling?.textContent ?? '' };
}

async function readHome(store: StudyStore, now: number) {
  renderAt('#/', store, <HomeScreen source={deckSource(deck)} clock={() => now} />);
  await waitForHomeFigures();
  const due = tile('Due now');
  const [, learning, review] = /^(\d+) learning · (\d+) to review$/.exec(due.note) ?? [];
  const reviewed = tile('Reviewed today');
  cleanup();
  return { due: due.value, learning: Number(learning), review: Number(review), reviewed: reviewed.value, reviewedNote: reviewed.note };
}

function readStats(store: StudyStore, now: number) {
  renderAt('#/stats', store, <StatsScreen deck={deck} clock={() => now} />);
  const forecast =
    within(screen.getByRole('region', { name: 'Coming up' }))
      .getByRole('img')
      .getAttribute('aria-label') ?? '';
  const dueToday = /(\d+) today/.exec(forecast)?.[1] ?? (forecast.endsWith('none.') ? '0' : 'missing');
  const reviewed = tile('Reviewed today');
  cleanup();
  return { due: Number(dueToday), reviewed: reviewed.value, reviewedNote: reviewed.note };
}

function readReview(store: StudyStore, now: number) {
  renderReview('#/review', deck, store, () => now);
  const list = screen.queryByRole('list', { name: 'Cards left' });
  const items = [...(list?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  const count = (label: string) => Number(items.find((item) => item.endsWith(` ${label}`))?.split(' ')[0]);
  const shown = list
    ? { learning: count('learning'), review: count('to review'), reviewedLine: document.querySelector('.reviewed-today')?.textContent ?? '' }
    : null;
  cleanup();
  return shown;
}

describe('Home, Stats and Review agree on today’s counts', () => {
  it.each([1, 2])(
    'over a seeded 30-day history (seed %i)',
    async (seed) => {
      let quizDays = 0;
      let heldBack = 0;
      const checks = await liveThrough(seed, async (store, now) => {
        const due = dueToday(queueInput(store, now));
        expect(due.laterToday).toEqual([]);
        heldBack += due.heldBack.length;
        const home = await readHome(store, now);
        const stats = readStats(store, now);
        const review = readReview(store, now);
        const at = new Date(now).toISOString();

        expect(stats.due, `due today at ${at}`).toBe(home.due);
        expect(home.due, `due today at ${at}`).toBe(due.queued.length);
        if (review) {
          expect({ learning: review.learning, review: review.review }, `Review's header at ${at}`).toEqual({ learning: home.learning, review: home.review });
        } else {
          expect(home.due, `Review shows nothing due at ${at}`).toBe(0);
        }

        expect(stats.reviewed, `reviewed today at ${at}`).toBe(home.reviewed);
        expect(stats.reviewedNote).toBe(home.reviewedNote);
        const quizAnswers = /plus (\d+) quiz answers?$/.exec(home.reviewedNote)?.[1];
        if (quizAnswers) quizDays += 1;
        if (review) {
          const line = `${home.reviewed} reviewed today${quizAnswers ? ` (plus ${quizAnswers} quiz answer${quizAnswers === '1' ? '' : 's'})` : ''}`;
          expect(review.reviewedLine.replace(/\s+/g, ' ').trim()).toBe(line);
        }
      });
      expect(checks).toBe(8);
      // The history reaches the cases the counts must agree on: quiz answers today, cards held back by a sibling or the limit.
      expect(quizDays).toBeGreaterThan(0);
      expect(heldBack).toBeGreaterThan(0);
    },
    120_000,
  );
});
