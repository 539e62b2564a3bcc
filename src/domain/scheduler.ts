// The scheduler wrapper: the only module that calls ts-fsrs (progress.ts takes its names) and converts between Date
// and epoch ms.
// Everything here is pure: time is always a `now` parameter, and fuzz is seeded by ts-fsrs from the card and time.
import { createEmptyCard, fsrs, generatorParameters, type Card as FsrsCard, type FSRS, type ReviewLog as FsrsReviewLog } from 'ts-fsrs';
import { LEECH_LAPSES, Rating, State, type Grade, type SchedulingState, type StudySettings } from './progress';

export interface SchedulerOptions {
  desiredRetention: number;
  maximumIntervalDays: number;
  enableFuzz: boolean;
  /** Trained FSRS parameters (21 numbers); absent for ts-fsrs's defaults. */
  parameters?: readonly number[];
}

/** Desired retention outside this range is clamped: below 0.70 intervals explode, above 0.97 the workload does. */
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;
/** FSRS-6, as ts-fsrs and fsrs-rs both use it, has 21 parameters. */
export const FSRS_PARAMETER_COUNT = 21;
/** ts-fsrs refuses longer intervals (100 years). */
export const MAX_INTERVAL_DAYS_LIMIT = 36500;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Desired retention clamped to 0.70–0.97; a non-number falls back to 0.90. */
export function clampDesiredRetention(retention: number): number {
  return Number.isFinite(retention) ? clamp(retention, MIN_DESIRED_RETENTION, MAX_DESIRED_RETENTION) : 0.9;
}

/** Maximum interval as a whole number of days in 1–36500. */
export function clampMaximumInterval(days: number): number {
  return Number.isFinite(days) ? clamp(Math.round(days), 1, MAX_INTERVAL_DAYS_LIMIT) : MAX_INTERVAL_DAYS_LIMIT;
}

/** Out-of-range settings are clamped, never rejected, so a bad stored value cannot stop reviewing. */
export function schedulerOptionsFrom(settings: StudySettings, enableFuzz: boolean): SchedulerOptions {
  return {
    desiredRetention: clampDesiredRetention(settings.desiredRetention),
    maximumIntervalDays: clampMaximumInterval(settings.maximumIntervalDays),
    enableFuzz,
    ...(settings.fsrsParameters ? { parameters: settings.fsrsParameters } : {}),
  };
}

// Building an FSRS instance precomputes parameters; one per distinct options keeps grading and previews cheap.
const schedulersByOptions = new Map<string, FSRS>();

export function schedulerFor(options: SchedulerOptions): FSRS {
  const retention = clampDesiredRetention(options.desiredRetention);
  const maximumInterval = clampMaximumInterval(options.maximumIntervalDays);
  const parameters = options.parameters;
  const key = `${retention}|${maximumInterval}|${options.enableFuzz}|${parameters?.join(',') ?? 'default'}`;
  let scheduler = schedulersByOptions.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: retention,
        maximum_interval: maximumInterval,
        enable_fuzz: options.enableFuzz,
        enable_short_term: true,
        ...(parameters ? { w: [...parameters] } : {}),
      }),
    );
    schedulersByOptions.set(key, scheduler);
  }
  return scheduler;
}

export function toFsrsCard(state: SchedulingState): FsrsCard {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs and recomputed from last_review on every grade; it only feeds the review log.
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    last_review: state.lastReview === null ? undefined : new Date(state.lastReview),
  };
}

export function fromFsrsCard(card: FsrsCard): SchedulingState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

export function newSchedulingState(now: number): SchedulingState {
  return fromFsrsCard(createEmptyCard(new Date(now)));
}

/** The ts-fsrs review log of one grade as plain data (epoch ms), as `rollback` needs it. */
export interface UndoLog {
  rating: Grade;
  state: State;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: number;
}

export interface UndoRecord {
  before: SchedulingState;
  log: UndoLog;
}

export interface GradeResult {
  next: SchedulingState;
  entryStateBefore: State;
  undo: UndoRecord;
}

function toUndoLog(log: FsrsReviewLog): UndoLog {
  return {
    rating: log.rating as Grade,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review.getTime(),
  };
}

function fromUndoLog(log: UndoLog): FsrsReviewLog {
  return {
    rating: log.rating,
    state: log.state,
    due: new Date(log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: new Date(log.review),
  };
}

/** A clock that went backwards (another device, a changed system clock) counts as no time having passed. */
function reviewTime(state: SchedulingState, now: number): number {
  return state.lastReview !== null && now < state.lastReview ? state.lastReview : now;
}

/**
 * ts-fsrs keeps Hard < Good < Easy by pushing Good and Easy one day past each other even beyond the maximum
 * interval (max + 2 days for Easy); the maximum is a promise to the learner, so it is enforced here.
 */
function withinMaximumInterval(card: FsrsCard, reviewedAt: number, options: SchedulerOptions): FsrsCard {
  const maximum = clampMaximumInterval(options.maximumIntervalDays);
  if (card.state !== State.Review || card.scheduled_days <= maximum) return card;
  return { ...card, scheduled_days: maximum, due: new Date(reviewedAt + maximum * DAY_MS) };
}

/**
 * Easy always gives a longer interval than Good, as Anki ensures: ts-fsrs graduates a learning or relearning card to
 * the same day for both, and fuzz may draw Easy short; Easy then gets Good's interval and a day (within the maximum).
 */
function easyPastGood(easy: FsrsCard, good: FsrsCard, reviewedAt: number, options: SchedulerOptions): FsrsCard {
  if (easy.state !== State.Review || good.state !== State.Review || easy.due.getTime() > good.due.getTime()) return easy;
  const days = Math.min(good.scheduled_days + 1, clampMaximumInterval(options.maximumIntervalDays));
  if (days <= good.scheduled_days) return easy;
  return { ...easy, scheduled_days: days, due: new Date(reviewedAt + days * DAY_MS) };
}

/** The card after each grade, as the answer buttons promise it: within the maximum interval, Easy past Good. */
function outcomes(state: SchedulingState, at: number, options: SchedulerOptions) {
  const preview = schedulerFor(options).repeat(toFsrsCard(state), new Date(at));
  const card = (grade: Grade) => withinMaximumInterval(preview[grade].card, at, options);
  const good = card(Rating.Good);
  return {
    card: (grade: Grade): FsrsCard => (grade === Rating.Easy ? easyPastGood(card(Rating.Easy), good, at, options) : card(grade)),
    log: (grade: Grade): FsrsReviewLog => preview[grade].log,
  };
}

export function gradeCard(state: SchedulingState, grade: Grade, now: number, options: SchedulerOptions): GradeResult {
  const at = reviewTime(state, now);
  const outcome = outcomes(state, at, options);
  return {
    next: fromFsrsCard(outcome.card(grade)),
    entryStateBefore: state.state,
    undo: { before: { ...state }, log: toUndoLog(outcome.log(grade)) },
  };
}

/**
 * Restores the state before a grade with ts-fsrs `rollback`. rollback rebuilds the memory state, steps and counters
 * from the log, but sets `due` to the review time for cards that were not new; the record keeps the true `due`
 * (and `lastReview`), so the result equals `undo.before` exactly.
 */
export function undoGrade(current: SchedulingState, undo: UndoRecord, options: SchedulerOptions): SchedulingState {
  const previous = schedulerFor(options).rollback(toFsrsCard(current), fromUndoLog(undo.log));
  return { ...fromFsrsCard(previous), due: undo.before.due, lastReview: undo.before.lastReview };
}

export interface IntervalPreview {
  grade: Grade;
  due: number;
  /** Time until due, as on Anki's answer buttons: "1m", "10m", "1d", "3.2mo". */
  label: string;
}

/** The grades in button order. */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

export function previewIntervals(state: SchedulingState, now: number, options: SchedulerOptions): Record<Grade, IntervalPreview> {
  const at = reviewTime(state, now);
  const outcome = outcomes(state, at, options);
  const entry = (grade: Grade): IntervalPreview => {
    const due = outcome.card(grade).due.getTime();
    return { grade, due, label: formatInterval(due - at) };
  };
  return { [Rating.Again]: entry(Rating.Again), [Rating.Hard]: entry(Rating.Hard), [Rating.Good]: entry(Rating.Good), [Rating.Easy]: entry(Rating.Easy) };
}

// Anki's units for answer buttons: a month is a twelfth of a 365-day year.
const YEAR_MS = 365 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

function withOneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Short interval text as on Anki's answer buttons: whole seconds, minutes and days; hours, months and years to one decimal. */
export function formatInterval(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE_MS) return `${Math.round(span / 1000)}s`;
  if (span < 60 * MINUTE_MS) return `${Math.round(span / MINUTE_MS)}m`;
  if (span < DAY_MS) return `${withOneDecimal(span / (60 * MINUTE_MS))}h`;
  if (span < MONTH_MS) return `${Math.round(span / DAY_MS)}d`;
  if (span < YEAR_MS) return `${withOneDecimal(span / MONTH_MS)}mo`;
  return `${withOneDecimal(span / YEAR_MS)}y`;
}

/** Probability of recall at `at` (0–1), as ts-fsrs computes it; null for a card never studied. */
export function retrievability(state: SchedulingState, at: number, options: SchedulerOptions): number | null {
  if (state.state === State.New || state.lastReview === null) return null;
  return schedulerFor(options).get_retrievability(toFsrsCard(state), new Date(at), false);
}

export function isLeech(state: SchedulingState): boolean {
  return state.lapses >= LEECH_LAPSES;
}
