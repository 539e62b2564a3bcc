// The words of the import preview and of its result message.
import { plural } from '../../components/card-counts';
import type { ImportMode } from '../../store/progress-transfer/progress-transfer';
import type { CardComparison, DueCounts, ImportOutcome } from '../../store/progress-transfer/progress-transfer-preview';
import { settingLabels } from './setting-text';

export const dueNow = (counts: DueCounts) => counts.learning + counts.review;

export const modeNames: Record<ImportMode, string> = { merge: 'Merge', replace: 'Replace' };

/** "4 new to this browser, 1 changed, 1 the same". */
export function cardComparisonText(cards: CardComparison): string {
  const total = cards.newToBrowser + cards.changed + cards.unchanged;
  if (total === 0) return 'None';
  return `${plural(total, 'card')}: ${cards.newToBrowser} new to this browser, ${cards.changed} changed, ${cards.unchanged} the same`;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The changes a mode would make, one line each; empty when it would change nothing. */
export function outcomeLines(mode: ImportMode, outcome: ImportOutcome): string[] {
  const lines: string[] = [];
  if (outcome.cardsAdded > 0) lines.push(`${plural(outcome.cardsAdded, 'card')} get progress from the file`);
  if (outcome.cardsUpdated > 0) lines.push(`${plural(outcome.cardsUpdated, 'card')} take the file’s progress`);
  if (outcome.reviewsAdded > 0) lines.push(`${plural(outcome.reviewsAdded, 'review')} added to the log`);
  if (outcome.quizzesAdded > 0) lines.push(`${plural(outcome.quizzesAdded, 'quiz', 'quizzes')} added to the history`);
  if (outcome.settingsChanged.length > 0) {
    const names = outcome.settingsChanged.map((key) => settingLabels[key].toLocaleLowerCase());
    lines.push(`Settings change: ${joinWords(names)}`);
  }
  if (mode === 'replace') {
    const lost = [
      outcome.cardsRemoved > 0 ? `${plural(outcome.cardsRemoved, 'card’s', 'cards’')} progress` : '',
      outcome.reviewsRemoved > 0 ? plural(outcome.reviewsRemoved, 'review') : '',
      outcome.quizzesRemoved > 0 ? plural(outcome.quizzesRemoved, 'quiz', 'quizzes') : '',
    ].filter(Boolean);
    if (lost.length > 0) lines.push(`Lost, because only this browser has them: ${joinWords(lost)}`);
  }
  return lines;
}

/** What a replace would throw away, for its confirmation; null when nothing would be lost. */
export function replaceLossText(outcome: ImportOutcome): string | null {
  const lost = [
    outcome.cardsRemoved > 0 ? `the progress of ${plural(outcome.cardsRemoved, 'card')}` : '',
    outcome.reviewsRemoved > 0 ? plural(outcome.reviewsRemoved, 'review') : '',
    outcome.quizzesRemoved > 0 ? plural(outcome.quizzesRemoved, 'quiz', 'quizzes') : '',
  ].filter(Boolean);
  return lost.length > 0 ? `${joinWords(lost)} that only this browser has will be lost.` : null;
}

/** The message after an import: what changed, and today's counts before → after. */
export function importResultText(mode: ImportMode, fileName: string, outcome: ImportOutcome, dueBefore: DueCounts, deckTitle: string): string {
  const changes = outcomeLines(mode, outcome);
  const done = mode === 'merge' ? `Progress from ${fileName} was merged in.` : `This browser’s progress was replaced by ${fileName}.`;
  const what = changes.length > 0 ? ` ${changes.join('; ')}.` : ' Nothing needed to change.';
  const today = ` ${deckTitle} today: due now ${dueNow(dueBefore)} → ${dueNow(outcome.due)}, new ${dueBefore.new} → ${outcome.due.new}.`;
  return done + what + today;
}
