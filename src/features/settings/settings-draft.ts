// The settings form holds text as typed; these turn it into a settings change and back. Checking the values is the
// store's job (checkSettingsChange), so text that is not a number becomes NaN and gets the store's message.
import type { StudySettings } from '../../domain/progress';

export const NUMBER_FIELDS = ['newCardsPerDay', 'reviewsPerDay', 'desiredRetention', 'maximumIntervalDays', 'dayStartHour'] as const;

export type NumberField = (typeof NUMBER_FIELDS)[number];

export type FormField = NumberField | 'studyReverseCards';

export type SettingsDraft = Record<NumberField, string> & { studyReverseCards: boolean };

export function draftFrom(settings: StudySettings): SettingsDraft {
  return {
    newCardsPerDay: String(settings.newCardsPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    desiredRetention: String(settings.desiredRetention),
    maximumIntervalDays: String(settings.maximumIntervalDays),
    dayStartHour: String(settings.dayStartHour),
    studyReverseCards: settings.studyReverseCards,
  };
}

/** Typed text as a number; empty text is no number (Number('') would be 0), and a decimal comma is read as a point. */
export function numberFrom(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The fields whose value differs from `baseline`: only those are saved, so a change made meanwhile in another tab stays. */
export function changeFrom(draft: SettingsDraft, baseline: StudySettings): Partial<StudySettings> {
  const change: Partial<Record<FormField, number | boolean>> = {};
  for (const field of NUMBER_FIELDS) {
    const value = numberFrom(draft[field]);
    if (!Object.is(value, baseline[field])) change[field] = value;
  }
  if (draft.studyReverseCards !== baseline.studyReverseCards) change.studyReverseCards = draft.studyReverseCards;
  return change as Partial<StudySettings>;
}

export function isDirty(draft: SettingsDraft, baseline: StudySettings): boolean {
  return Object.keys(changeFrom(draft, baseline)).length > 0;
}
