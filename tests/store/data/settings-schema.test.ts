import { describe, expect, it } from 'vitest';
import { defaultStudySettings } from '../../../src/domain/progress';
import { checkSettingsChange, readStoredSettings } from '../../../src/store/data/settings-schema';

const trained = Array.from({ length: 21 }, (_, index) => index / 10);

describe('FSRS parameters in the settings', () => {
  it('are kept when stored as 21 finite numbers, and absent (the defaults) in data from before training existed', () => {
    expect(readStoredSettings({ ...defaultStudySettings, fsrsParameters: trained }).fsrsParameters).toEqual(trained);
    expect(readStoredSettings({ ...defaultStudySettings })).toEqual(defaultStudySettings);
    expect('fsrsParameters' in readStoredSettings({ ...defaultStudySettings })).toBe(false);
  });

  it('fall back to the defaults when a stored set is broken, keeping every other setting', () => {
    const stored = readStoredSettings({ ...defaultStudySettings, newCardsPerDay: 7, fsrsParameters: [1, 2, 3], previousFsrsParameters: ['x'] });
    expect(stored).toEqual({ ...defaultStudySettings, newCardsPerDay: 7 });
  });

  it('are refused as a change with a reason when not 21 numbers', () => {
    expect(checkSettingsChange({ fsrsParameters: [1, 2] })).toEqual({ ok: false, errors: { fsrsParameters: 'FSRS parameters must be 21 numbers' } });
    expect(checkSettingsChange({ fsrsParameters: trained, previousFsrsParameters: undefined })).toEqual({
      ok: true,
      change: { fsrsParameters: trained, previousFsrsParameters: undefined },
    });
  });
});
