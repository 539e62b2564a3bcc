// Study settings: limits, retention, day start, exam date, theme.
import { defaultStudySettings } from '../../domain/progress';
import { checkSettingsChange } from '../data/settings-schema';
import { nextChangeTime } from '../data/stored-time';
import type { SettingsSlice, StudySliceCreator } from '../study-state';

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
