// What a valid StudySettings value is: checked when the learner changes settings, and when stored settings are read.
import * as v from 'valibot';
import { FSRS_PARAMETER_COUNT, MAX_DESIRED_RETENTION, MAX_INTERVAL_DAYS_LIMIT, MIN_DESIRED_RETENTION } from '../../domain/scheduler';
import { defaultStudySettings, type StudySettings } from '../../domain/progress';

/** Anki's ceiling for a day's new cards and reviews: more is a typo, and would make every count of the day crawl. */
export const MAX_DAILY_LIMIT = 9999;
/** Exam dates the app can plan for (a typed 9999-12-31 would make the plan millions of days long). */
export const EARLIEST_EXAM_DATE = Date.UTC(2000, 0, 1);
export const LATEST_EXAM_DATE = Date.UTC(2100, 11, 31);

const dailyLimit = (label: string) =>
  v.pipe(
    v.number(`${label} must be a number`),
    v.integer(`${label} must be a whole number`),
    v.minValue(0, `${label} cannot be negative`),
    v.maxValue(MAX_DAILY_LIMIT, `${label} can be at most ${MAX_DAILY_LIMIT}`),
  );

/** 21 finite numbers (FSRS-6); absent for the defaults. */
const fsrsParameterSet = (label: string) =>
  v.optional(
    v.pipe(
      v.array(v.pipe(v.number(`${label} must be numbers`), v.finite(`${label} must be finite numbers`)), `${label} must be a list of numbers`),
      v.length(FSRS_PARAMETER_COUNT, `${label} must be ${FSRS_PARAMETER_COUNT} numbers`),
    ),
  );

const settingFields = {
  newCardsPerDay: dailyLimit('New cards per day'),
  reviewsPerDay: dailyLimit('Reviews per day'),
  desiredRetention: v.pipe(
    v.number('Desired retention must be a number'),
    v.minValue(MIN_DESIRED_RETENTION, 'Desired retention must be between 0.70 and 0.97'),
    v.maxValue(MAX_DESIRED_RETENTION, 'Desired retention must be between 0.70 and 0.97'),
  ),
  maximumIntervalDays: v.pipe(
    v.number('Maximum interval must be a number'),
    v.integer('Maximum interval must be a whole number of days'),
    v.minValue(1, `Maximum interval must be between 1 and ${MAX_INTERVAL_DAYS_LIMIT} days`),
    v.maxValue(MAX_INTERVAL_DAYS_LIMIT, `Maximum interval must be between 1 and ${MAX_INTERVAL_DAYS_LIMIT} days`),
  ),
  dayStartHour: v.pipe(
    v.number('Day start hour must be a number'),
    v.integer('Day start hour must be a whole hour'),
    v.minValue(0, 'Day start hour must be between 0 and 23'),
    v.maxValue(23, 'Day start hour must be between 0 and 23'),
  ),
  studyReverseCards: v.boolean('Study reverse cards must be on or off'),
  examDate: v.nullable(
    v.pipe(
      v.number('Exam date must be a date'),
      v.safeInteger('Exam date must be a date'),
      v.minValue(EARLIEST_EXAM_DATE, 'Exam date must be in the years 2000 to 2100'),
      v.maxValue(LATEST_EXAM_DATE, 'Exam date must be in the years 2000 to 2100'),
    ),
  ),
  theme: v.picklist(['system', 'light', 'dark'], 'Theme must be system, light or dark'),
  fsrsParameters: fsrsParameterSet('FSRS parameters'),
  previousFsrsParameters: fsrsParameterSet('Previous FSRS parameters'),
};

/** A change to some settings; unknown fields are refused. */
export const SettingsChangeSchema = v.partial(v.strictObject(settingFields));

/**
 * Stored settings: a field that is missing or invalid (older data, a hand-edited value) takes its default instead of
 * making the whole store unreadable; unknown fields are dropped.
 */
export const StoredSettingsSchema = v.object({
  newCardsPerDay: v.fallback(settingFields.newCardsPerDay, defaultStudySettings.newCardsPerDay),
  reviewsPerDay: v.fallback(settingFields.reviewsPerDay, defaultStudySettings.reviewsPerDay),
  desiredRetention: v.fallback(settingFields.desiredRetention, defaultStudySettings.desiredRetention),
  maximumIntervalDays: v.fallback(settingFields.maximumIntervalDays, defaultStudySettings.maximumIntervalDays),
  dayStartHour: v.fallback(settingFields.dayStartHour, defaultStudySettings.dayStartHour),
  studyReverseCards: v.fallback(settingFields.studyReverseCards, defaultStudySettings.studyReverseCards),
  examDate: v.fallback(settingFields.examDate, defaultStudySettings.examDate),
  theme: v.fallback(settingFields.theme, defaultStudySettings.theme),
  // Added with FSRS training and absent while the defaults are used, so older data reads (and is written) unchanged;
  // an invalid set falls back to the defaults.
  fsrsParameters: v.fallback(settingFields.fsrsParameters, undefined),
  previousFsrsParameters: v.fallback(settingFields.previousFsrsParameters, undefined),
});

export type SettingsErrors = Partial<Record<keyof StudySettings, string>>;

export type SettingsCheck = { ok: true; change: Partial<StudySettings> } | { ok: false; errors: SettingsErrors };

/** Checks a settings change; every invalid field gets a message for the settings screen. */
export function checkSettingsChange(change: unknown): SettingsCheck {
  const result = v.safeParse(SettingsChangeSchema, change);
  if (result.success) return { ok: true, change: result.output };
  const errors: Record<string, string> = {};
  for (const issue of result.issues) {
    const field = v.getDotPath(issue) ?? 'settings';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors: errors as SettingsErrors };
}

/** Stored settings with defaults for anything missing or invalid. */
export function readStoredSettings(stored: unknown): StudySettings {
  const result = v.safeParse(StoredSettingsSchema, stored);
  return result.success ? result.output : { ...defaultStudySettings };
}
