// Mastery per chapter, and with an exam date set: the countdown, predicted recall on exam day per chapter, the
// cards at risk, a daily plan, and in the last week a Cram session of the cards most at risk on the day.
// Mastery reads only the chapters the learner has touched (every card of another chapter is new); the exam plan reads
// every card, so with an exam date set the panel waits for the whole deck.
import { use, useMemo } from 'react';
import { Link } from 'wouter';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import type { ChapterOutline } from '../../domain/deck-outline';
import { examReadiness, type ChapterReadiness, type ExamPlan, type ExamReadiness } from '../../domain/exam-readiness';
import { deckMastery, emptyMasteryTally, masterySummaryOf, type MasterySummary } from '../../domain/mastery';
import { schedulerOptionsFrom } from '../../domain/scheduler';
import { plural } from '../../components/card-counts';
import { percentText } from '../../components/card-name';
import { formatDayKey } from '../../components/day-label';
import { MasteryBar } from '../../components/mastery-bar';
import { chapterLabel } from '../../components/scope-label';
import { paths } from '../../config/paths';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { selectSettings } from '../../store/study-selectors';
import { useStudyStore, useDeckProgress, useDeckLog } from '../../store/study-store-context';
import { ExamWhatIf } from './exam-what-if';
import './exam-readiness.css';

/** Cramming starts this many days before the exam (the exam day included). */
export const CRAM_DAYS = 7;
/** A cram session takes this many cards, most at risk first; another session takes the next ones. */
export const CRAM_SESSION_CARDS = 50;

interface ExamReadinessPanelProps {
  source: DeckSource;
  /** The cards of the chapters the learner has touched, at least (those of the others are all new). */
  deck: Deck;
  clock: () => number;
}

/** Mastery of a chapter none of whose cards has progress: every card new. */
function unstudiedMastery(chapter: ChapterOutline): MasterySummary {
  const tally = emptyMasteryTally();
  tally.counts.cards = chapter.counts.cards;
  tally.counts.new = chapter.counts.cards;
  return masterySummaryOf(tally);
}

/** "12 days to your exam", "1 day to your exam (tomorrow)", "Your exam is today". */
export function countdownText(readiness: Pick<ExamReadiness, 'daysLeft' | 'examPassed'>): string {
  if (readiness.examPassed) return 'Your exam date has passed';
  if (readiness.daysLeft === 0) return 'Your exam is today';
  return `${plural(readiness.daysLeft, 'day')} to your exam${readiness.daysLeft === 1 ? ' (tomorrow)' : ''}`;
}

function chapterExamText(chapter: ChapterReadiness): string {
  if (chapter.cards === 0) return 'On exam day: every card suspended';
  if (chapter.averageRecallOnExamDay === null) return `On exam day: nothing studied yet · ${chapter.atRisk} at risk`;
  return `On exam day: ${percentText(chapter.averageRecallOnExamDay)} predicted recall · ${chapter.atRisk} at risk`;
}

/**
 * Today's reviews first (what is due today, as "Due now" counts it, and today's share of catching up), then the most
 * any later day needs: a daily figure that covers what is actually due.
 */
function ExamPlanText({ plan }: { plan: ExamPlan }) {
  const today = plan.days[0];
  const dueToday = today?.scheduled ?? 0;
  return (
    <p className="exam-plan">
      <strong>{plural(plan.reviewsToday, 'review')} today</strong> ({dueToday} due, {today?.catchUp ?? 0} to catch up)
      {plan.reviewsPerDay > 0 && (
        <>
          , then <strong>up to {plural(plan.reviewsPerDay, 'review')} a day</strong>
        </>
      )}{' '}
      until then: {plan.scheduledReviews} due by the schedule, {plan.extraReviews} fading {plan.extraReviews === 1 ? 'card' : 'cards'} to refresh and{' '}
      {plural(plan.newCards, 'new card')} to learn.
    </p>
  );
}

function ExamSummary({ readiness }: { readiness: ExamReadiness }) {
  const { deck, plan } = readiness;
  if (readiness.examPassed) {
    return (
      <p className="exam-detail">
        It was on {formatDayKey(readiness.examDay, 'long')}. <Link href={paths.settings.href()}>Set a new date or clear it in Settings</Link>
      </p>
    );
  }
  const cram = readiness.daysLeft <= CRAM_DAYS ? readiness.cramOrder.slice(0, CRAM_SESSION_CARDS) : [];
  return (
    <>
      <p className="exam-detail">
        {formatDayKey(readiness.examDay, 'long')} ·{' '}
        {deck.averageRecallOnExamDay === null ? 'nothing studied yet' : `${percentText(deck.averageRecallOnExamDay)} predicted recall on the day`} ·{' '}
        <strong>{plural(deck.atRisk, 'card')} at risk</strong> (below your {percentText(readiness.target)} target)
      </p>
      {plan.totalReviews > 0 && <ExamPlanText plan={plan} />}
      {cram.length > 0 && (
        <div className="exam-cram">
          <Link href={paths.review.customHref(cram)} className="button button-primary">
            Cram
          </Link>
          <p className="small-note exam-cram-note">
            A session of the {plural(cram.length, 'card')} with the lowest predicted recall on exam day, lowest first.
          </p>
        </div>
      )}
    </>
  );
}

export function ExamReadinessPanel({ source, deck: touchedDeck, clock }: ExamReadinessPanelProps) {
  const store = useStudyStore();
  const { outline } = source;
  const progress = useDeckProgress(outline.id);
  const log = useDeckLog(outline.id);
  const settings = useStore(store, selectSettings);
  const wholeDeck = settings.examDate === null ? null : (source.loaded() ?? use(source.load()));
  const { mastery, readiness } = useMemo(() => {
    const now = clock();
    const options = schedulerOptionsFrom(settings, false);
    const studied = deckMastery(wholeDeck ?? touchedDeck, progress, now, options);
    const chapters: Record<string, MasterySummary> = {};
    for (const chapter of outline.chapters) chapters[chapter.id] = studied.chapters[chapter.id] ?? unstudiedMastery(chapter);
    return {
      mastery: { chapters },
      readiness:
        settings.examDate === null || wholeDeck === null
          ? null
          : examReadiness({
              deck: wholeDeck,
              progress,
              log,
              now,
              examDate: settings.examDate,
              desiredRetention: options.desiredRetention,
              settings,
              options,
            }),
    };
  }, [clock, outline, touchedDeck, wholeDeck, progress, log, settings]);
  const chapters = useMemo(
    () => [...outline.chapters].sort((a, b) => a.order - b.order).filter((chapter) => (mastery.chapters[chapter.id]?.cards ?? 0) > 0),
    [outline.chapters, mastery],
  );
  const chapterReadiness = new Map(readiness?.chapters.map((chapter) => [chapter.chapterId, chapter]));
  const showExam = readiness !== null && !readiness.examPassed;

  return (
    <section className="panel readiness-panel" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="readiness-title">
        {readiness ? 'Your exam' : 'Mastery by chapter'}
      </h2>
      {readiness ? (
        <>
          <p className="exam-countdown">{countdownText(readiness)}</p>
          <ExamSummary readiness={readiness} />
          {showExam && wholeDeck && (
            <ExamWhatIf deck={wholeDeck} progress={progress} log={log} settings={settings} daysLeft={readiness.daysLeft} now={clock()} />
          )}
        </>
      ) : (
        <p className="exam-detail">
          How much of each chapter you know now. <Link href={paths.settings.href()}>Set an exam date</Link> to see your predicted recall on the day and a daily
          plan.
        </p>
      )}
      <ul className="readiness-chapters" aria-label="Mastery by chapter">
        {chapters.map((chapter) => {
          const title = chapterLabel(chapter);
          const onExamDay = chapterReadiness.get(chapter.id);
          return (
            <li key={chapter.id} className="readiness-chapter">
              <Link href={paths.chapter.href(chapter.id)} className="readiness-chapter-name">
                {title}
              </Link>
              <MasteryBar name={chapter.title} summary={mastery.chapters[chapter.id]!} />
              {showExam && onExamDay && <p className="exam-chapter">{chapterExamText(onExamDay)}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
