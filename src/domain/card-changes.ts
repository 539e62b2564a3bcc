// Changes made to cards by hand, many at once (the card browser's actions): suspend, flag, forget, reschedule. Each
// gives a card's new progress from its present one, or null when the card is left as it is, so an action changes (and
// an undo restores) only the cards it really changed.
import { isUntouchedNewState } from './card-replay';
import { State, type CardFlag, type CardProgress } from './progress';
import { newSchedulingState } from './scheduler';

export type CardChange =
  | { kind: 'suspend'; suspended: boolean }
  | { kind: 'flag'; flag: CardFlag | null }
  /** Back to new; the review log stays and the forget is logged (ManualEntry). */
  | { kind: 'forget' }
  /** Due at `due` (epoch ms). Only for studied cards: a new card has no interval to set. */
  | { kind: 'reschedule'; due: number };

const DAY_MS = 86_400_000;

/** Progress for a card nobody has studied, made at `at`. */
const unstudied = (at: number): CardProgress => ({ scheduling: newSchedulingState(at), suspended: false });

function withoutFlag(progress: CardProgress): CardProgress {
  if (progress.flag === undefined) return progress;
  const { flag: _flag, ...rest } = progress;
  return rest;
}

/** The card's progress after `change` made at `at`, or null when the change leaves it as it is. */
export function changedProgress(current: CardProgress | undefined, change: CardChange, at: number): CardProgress | null {
  switch (change.kind) {
    case 'suspend':
      if ((current?.suspended ?? false) === change.suspended) return null;
      return { ...(current ?? unstudied(at)), suspended: change.suspended };
    case 'flag':
      if ((current?.flag ?? null) === change.flag) return null;
      return change.flag === null ? withoutFlag(current!) : { ...(current ?? unstudied(at)), flag: change.flag };
    case 'forget':
      if (!current || isUntouchedNewState(current.scheduling)) return null;
      return { ...current, scheduling: newSchedulingState(at) };
    case 'reschedule': {
      if (!current || current.scheduling.state === State.New || current.scheduling.due === change.due) return null;
      const { lastReview } = current.scheduling;
      // The interval follows the new due date, as Anki's "set due date" does, so retrievability stays consistent.
      const scheduledDays = lastReview === null ? current.scheduling.scheduledDays : Math.max(0, Math.round((change.due - lastReview) / DAY_MS));
      return { ...current, scheduling: { ...current.scheduling, due: change.due, scheduledDays } };
    }
  }
}

/**
 * What undoing a change gives back: the progress before it, or for a card that had none, an unstudied card with the
 * scheduling the change left (so its creation time stays).
 */
export function progressBefore(before: CardProgress | undefined, after: CardProgress): CardProgress {
  if (before) return before;
  return isUntouchedNewState(after.scheduling) ? { scheduling: after.scheduling, suspended: false } : unstudied(after.scheduling.due);
}
