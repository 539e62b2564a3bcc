// Study settings: limits, retention, day start, exam date, theme.
import { defaultStudySettings, type StudySettings } from '../../domain/progress';
import { checkSettingsChange, type SettingsCheck } from '../data/settings-schema';
import { nextChangeTime } from '../data/stored-time';
import type { StudySliceCreator } from '../study-state';

export interface SettingsSlice {
  settings: StudySettings;
  settingsChangedAt: number | null;
  /**
   * Applies a change if every field in it is valid (retention 0.70–0.97, limits whole numbers ≥ 0, day start hour
   * 0–23, …); otherwise changes nothing and returns a message per invalid field.
   */
  updateSettings: (change: Partial<StudySettings>, now: number) => SettingsCheck;
}

export const createSettingsSlice: StudySliceCreator<SettingsSlice> = (set, get) => ({
  settings: { ...defaultStudySettings },
  settingsChangedAt: null,
  updateSettings: (change, now) => {
    const check = checkSettingsChange(change);
    if (!check.ok) return check;
    const { settings, settingsChangedAt } = get();
    set({
      settings: { ...settings, ...check.change },
      settingsChangedAt: nextChangeTime(now, settingsChangedAt ?? undefined, null),
    });
    return check;
  },
});
