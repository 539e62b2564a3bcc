// Settings as the preview names them: a label and a readable value.
import type { StudySettings } from '../../domain/progress';

export const settingLabels: Record<keyof StudySettings, string> = {
  newCardsPerDay: 'New cards per day',
  reviewsPerDay: 'Reviews per day',
  desiredRetention: 'Desired retention',
  maximumIntervalDays: 'Maximum interval',
  dayStartHour: 'New day starts at',
  studyReverseCards: 'Study reverse cards',
  examDate: 'Exam date',
  theme: 'Theme',
  fsrsParameters: 'FSRS parameters',
  previousFsrsParameters: 'Previous FSRS parameters',
};

const themeNames: Record<StudySettings['theme'], string> = { system: 'system', light: 'light', dark: 'dark' };

export function settingValueText(key: keyof StudySettings, value: StudySettings[keyof StudySettings]): string {
  switch (key) {
    case 'desiredRetention':
      return (value as number).toFixed(2);
    case 'maximumIntervalDays':
      return `${value} days`;
    case 'dayStartHour':
      return `${String(value).padStart(2, '0')}:00`;
    case 'studyReverseCards':
      return value ? 'on' : 'off';
    case 'examDate':
      return value === null ? 'none' : new Date(value as number).toLocaleDateString(undefined, { dateStyle: 'medium' });
    case 'theme':
      return themeNames[value as StudySettings['theme']];
    case 'fsrsParameters':
    case 'previousFsrsParameters':
      return value === undefined ? 'defaults' : 'trained on your reviews';
    default:
      return String(value);
  }
}
