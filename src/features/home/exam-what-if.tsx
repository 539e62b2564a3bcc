// "What if I study N minutes a day": the exam day's predicted recall when the learner studies that long every day
// until the exam, simulated (seeded Monte-Carlo, fsrs-simulation.ts) with the parameters in use, next to what is left
// on the day if they stop now. Part of Home's dashboard chunk, which loads after the first page.
import { logEntries } from '../../domain/review-log';
import { useId, useState, type FormEvent } from 'react';
import type { Deck } from '../../domain/deck';
import { DEFAULT_FSRS_PARAMETERS } from '../../domain/fsrs-evaluation';
import { meanSecondsPerReview, simulateStudy, simulationCards } from '../../domain/fsrs-simulation';
import type { StudySettings, DeckProgress, DeckLog } from '../../domain/progress';
import { clampDesiredRetention, clampMaximumInterval } from '../../domain/scheduler';
import { percentText } from '../../components/card-name';

interface ExamWhatIfProps {
  deck: Pick<Deck, 'cards'>;
  progress: DeckProgress;
  log: DeckLog;
  settings: StudySettings;
  /** Study days from today to the exam (today counts, the exam day does not). */
  daysLeft: number;
  now: number;
}

const SEED = 14;
const MAX_MINUTES = 600;

interface Prediction {
  minutes: number;
  recall: number;
  idle: number;
  reviewsPerDay: number;
}

export function predictExamRecall({ deck, progress, log, settings, daysLeft, now }: ExamWhatIfProps, minutes: number): Prediction {
  const secondsPerReview = meanSecondsPerReview(logEntries(log));
  const base = {
    cards: simulationCards(deck.cards, progress, settings.studyReverseCards),
    parameters: settings.fsrsParameters ?? DEFAULT_FSRS_PARAMETERS,
    desiredRetention: clampDesiredRetention(settings.desiredRetention),
    maximumIntervalDays: clampMaximumInterval(settings.maximumIntervalDays),
    newCardsPerDay: settings.newCardsPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    secondsPerReview,
    secondsPerNewCard: 2 * secondsPerReview,
    now,
    dayStartHour: settings.dayStartHour,
    days: Math.max(1, daysLeft),
    seed: SEED,
    runs: 4,
  };
  const studying = simulateStudy({ ...base, minutesPerDay: minutes });
  const idle = simulateStudy({ ...base, minutesPerDay: 0 });
  const reviewsPerDay = studying.days.reduce((sum, day) => sum + day.reviews + day.newCards, 0) / studying.days.length;
  return { minutes, recall: studying.recallAtEnd, idle: idle.recallAtEnd, reviewsPerDay };
}

export function ExamWhatIf(props: ExamWhatIfProps) {
  const [minutes, setMinutes] = useState('20');
  const [prediction, setPrediction] = useState<Prediction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const predict = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = Number(minutes);
    if (minutes.trim() === '' || !Number.isInteger(value) || value < 1 || value > MAX_MINUTES) {
      setError(`Minutes a day must be a whole number from 1 to ${MAX_MINUTES}.`);
      return;
    }
    setError(null);
    setPrediction(predictExamRecall(props, value));
  };

  return (
    <form className="exam-what-if" onSubmit={predict} aria-label="What if I study every day" noValidate>
      <label htmlFor={inputId}>What if I study, minutes a day</label>
      <div className="exam-what-if-row">
        <input
          id={inputId}
          className="field-input exam-what-if-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_MINUTES}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="button">
          Predict
        </button>
      </div>
      <p role="status" className="exam-detail">
        {error ??
          (prediction &&
            `With ${prediction.minutes} ${prediction.minutes === 1 ? 'minute' : 'minutes'} a day (about ${Math.round(prediction.reviewsPerDay)} cards a day) until the exam: ${percentText(prediction.recall)} recalled on the day; ${percentText(prediction.idle)} if you stop now.`)}
      </p>
    </form>
  );
}
