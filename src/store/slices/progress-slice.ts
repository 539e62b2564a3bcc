// Per-card scheduling progress and the review log, keyed by deck id, then card id.
// Grading and undo go through the domain scheduler; nothing here prunes cards that left the deck.
import { moveCardData } from '../../domain/card-moves';
import { becameLeech } from '../../domain/leeches';
import type { CardProgress, ManualEntry } from '../../domain/progress';
import { isLeech, newSchedulingState, schedulerOptionsFrom, undoGrade } from '../../domain/scheduler';
import { MAX_UNDO_STEPS } from './session-slice';
import { withGrade } from '../data/graded-data';
import { nextChangeTime, toWholeSecond } from '../data/stored-time';
import { deckCardValue, sameSchedulingState, withCardValue, withNestedValue, withReviewEntry, type StudyData } from '../data/study-data';
import { cardEntries } from '../../domain/card-map';
import { hasLogEntry, withoutLogEntry } from '../../domain/review-log';
import type { ProgressSlice, StudySliceCreator, UndoStep } from '../study-state';
import { own, ownIn } from '../data/own-key';

export interface ProgressSliceOptions {
  enableFuzz: boolean;
}

/** The latest time anything in the data changed: a reset must come after all of it, even with a skewed clock. */
function latestChange(data: Pick<StudyData, 'cardChangedAt' | 'log' | 'quizHistory' | 'quizSessions'>): number {
  let latest = -Infinity;
  for (const slot of Object.values(data.quizSessions)) latest = Math.max(latest, slot.changedAt);
  for (const cards of Object.values(data.cardChangedAt)) for (const [, at] of cardEntries(cards)) latest = Math.max(latest, at);
  // A log is in time order: its last month's last entry is its latest.
  for (const log of Object.values(data.log)) latest = Math.max(latest, log.months.at(-1)?.entries.at(-1)?.at ?? -Infinity);
  for (const record of data.quizHistory) latest = Math.max(latest, record.finishedAt);
  return latest;
}

export function createProgressSlice({ enableFuzz }: ProgressSliceOptions): StudySliceCreator<ProgressSlice> {
  return (set, get) => {
    const changeTime = (deckId: string, cardId: string, now: number) => {
      const { cardChangedAt, progressResetAt } = get();
      return nextChangeTime(now, deckCardValue(cardChangedAt, deckId, cardId), progressResetAt);
    };

    // Undo steps stay: undo checks that the card's scheduling is still what the grade left (suspending keeps it).
    const putCard = (deckId: string, cardId: string, progress: CardProgress, changedAt: number) => {
      const state = get();
      set({
        progress: withCardValue(state.progress, deckId, cardId, progress),
        cardChangedAt: withCardValue(state.cardChangedAt, deckId, cardId, changedAt),
      });
    };

    return {
      progress: {},
      log: {},
      manualLog: {},
      cardChangedAt: {},
      undoneReviews: {},
      progressResetAt: null,

      moveCards: (deckId, moves) => {
        const state = get();
        const moved = moveCardData(state, deckId, moves);
        if (moved !== state) {
          set({ progress: moved.progress, cardChangedAt: moved.cardChangedAt, log: moved.log, manualLog: moved.manualLog, undoneReviews: moved.undoneReviews });
        }
      },

      gradeCard: (deckId, cardId, grade, now, durationMs, origin = 'review') => {
        const state = get();
        const { data, entry, before, result } = withGrade(state, deckId, cardId, grade, now, durationMs, origin, enableFuzz);
        const step: UndoStep = { deckId, cardId, entry, undo: result.undo, after: result.next };
        // Only the review screen undoes, and only its own grades.
        const undoStack = origin === 'review' ? [...state.session.undoStack.slice(1 - MAX_UNDO_STEPS), step] : state.session.undoStack;
        set({ progress: data.progress, cardChangedAt: data.cardChangedAt, log: data.log, session: { ...state.session, undoStack } });
        return { scheduling: result.next, entry, isLeech: isLeech(result.next), becameLeech: becameLeech(before, result.next) };
      },

      undoGrade: (deckId, graded) => {
        const state = get();
        const stack = state.session.undoStack;
        const stepIndex = stack.findLastIndex((step) => step.deckId === deckId && step.cardId === graded.cardId && step.entry.at === graded.at);
        if (stepIndex < 0) return null;
        const step = stack[stepIndex];
        const session = { ...state.session, undoStack: stack.filter((_step, index) => index !== stepIndex) };
        const { cardId, entry } = step;
        const current = deckCardValue(state.progress, deckId, cardId);
        const deckLog = own(state.log, deckId);
        // Changed since (another tab, a merge, a quiz): undoing would overwrite that change, so the step is dropped.
        if (!current || !sameSchedulingState(current.scheduling, step.after) || !deckLog || !hasLogEntry(deckLog, entry)) {
          set({ session });
          return null;
        }
        const restored = undoGrade(current.scheduling, step.undo, schedulerOptionsFrom(state.settings, enableFuzz));
        const log = { ...state.log, [deckId]: withoutLogEntry(deckLog, entry) };
        if (log[deckId].size === 0) delete log[deckId];
        const undone = [...(ownIn(state.undoneReviews, deckId, cardId) ?? []), entry.at].sort((a, b) => a - b);
        set({
          progress: withCardValue(state.progress, deckId, cardId, { ...current, scheduling: restored }),
          // A second after the grade: later than the change it replaces, so merges keep the undo.
          cardChangedAt: withCardValue(state.cardChangedAt, deckId, cardId, changeTime(deckId, cardId, entry.at)),
          log,
          undoneReviews: withNestedValue(state.undoneReviews, deckId, cardId, undone),
          session,
        });
        return entry;
      },

      setSuspended: (deckId, cardId, suspended, now) => {
        const current = deckCardValue(get().progress, deckId, cardId);
        if ((current?.suspended ?? false) === suspended) return;
        const at = changeTime(deckId, cardId, now);
        putCard(deckId, cardId, { ...current, scheduling: current?.scheduling ?? newSchedulingState(at), suspended }, at);
      },

      resetCard: (deckId, cardId, now) => {
        const state = get();
        const current = deckCardValue(state.progress, deckId, cardId);
        if (!current) return;
        const at = changeTime(deckId, cardId, now);
        const entry: ManualEntry = { cardId, at, action: 'forget' };
        set({
          progress: withCardValue(state.progress, deckId, cardId, { ...current, scheduling: newSchedulingState(at) }),
          cardChangedAt: withCardValue(state.cardChangedAt, deckId, cardId, at),
          manualLog: { ...state.manualLog, [deckId]: withReviewEntry(own(state.manualLog, deckId) ?? [], entry) },
        });
      },

      resetAllProgress: (now) => {
        const state = get();
        const resetAt = Math.max(toWholeSecond(now), latestChange(state), state.progressResetAt ?? -Infinity);
        set({
          progress: {},
          log: {},
          manualLog: {},
          cardChangedAt: {},
          undoneReviews: {},
          progressResetAt: resetAt,
          quizHistory: [],
          quizSessions: {},
          session: { ...state.session, undoStack: [] },
        });
      },
    };
  };
}
