// Settings › Exam date over a real store: a date is saved as local midnight, a past date is refused with a reason
// next to the field, and the date can be cleared.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../../src/features/settings/settings-screen';
import { checkExamDate, examDateFromInput, examDateInputValue } from '../../../src/features/settings/exam-date';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { deck, renderInApp } from '../weak-topics/insights-harness';
import { makeStore, T0 } from '../screen-test-kit';

function renderSettings(store: StudyStore) {
  renderInApp(
    <StudyStoreContext value={store}>
      <SettingsScreen deck={deck} clock={() => T0} />
    </StudyStoreContext>,
    '#/settings',
  );
  return screen.getByRole('region', { name: 'Exam date' });
}

describe('exam date setting', () => {
  it('saves the chosen day as local midnight and says so', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const section = renderSettings(store);
    const input = within(section).getByLabelText('Day of the exam');
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('min', '2026-11-27');
    expect(section).toHaveTextContent('No exam date set.');
    fireEvent.change(input, { target: { value: '2026-12-09' } });
    await user.click(within(section).getByRole('button', { name: 'Save exam date' }));
    expect(store.getState().settings.examDate).toBe(Date.UTC(2026, 11, 9));
    expect(within(section).getByRole('status')).toHaveTextContent('Exam date saved: Wednesday 9 December 2026.');
    expect(section).toHaveTextContent('Set to Wednesday 9 December 2026.');
  });

  it('refuses a day in the past, saying why next to the field', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const section = renderSettings(store);
    const input = within(section).getByLabelText('Day of the exam');
    fireEvent.change(input, { target: { value: '2026-11-26' } });
    await user.click(within(section).getByRole('button', { name: 'Save exam date' }));
    expect(store.getState().settings.examDate).toBeNull();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('The exam date cannot be in the past. No exam date set.');
    expect(input).toHaveFocus();
  });

  it('clears a saved date and puts focus back on the field', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    store.getState().updateSettings({ examDate: Date.UTC(2026, 11, 9) }, T0);
    const section = renderSettings(store);
    const input = within(section).getByLabelText('Day of the exam');
    expect(input).toHaveValue('2026-12-09');
    await user.click(within(section).getByRole('button', { name: 'Clear exam date' }));
    expect(store.getState().settings.examDate).toBeNull();
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(within(section).queryByRole('button', { name: 'Clear exam date' })).toBeNull();
    expect(within(section).getByRole('status')).toHaveTextContent('Exam date cleared.');
  });
});

describe('exam date values', () => {
  it('turns the input’s date into local midnight and back, refusing dates that do not exist', () => {
    expect(examDateFromInput('2026-12-09')).toBe(Date.UTC(2026, 11, 9));
    expect(examDateInputValue(Date.UTC(2026, 11, 9))).toBe('2026-12-09');
    expect(examDateInputValue(null)).toBe('');
    expect(examDateFromInput('2026-02-30')).toBeNull();
    expect(examDateFromInput('9/12/2026')).toBeNull();
  });

  it('accepts today or later', () => {
    expect(checkExamDate('2026-11-27', T0)).toEqual({ ok: true, examDate: Date.UTC(2026, 10, 27) });
    expect(checkExamDate('', T0)).toEqual({ ok: false, error: 'Choose a date first (or clear the exam date).' });
    expect(checkExamDate('2026-13-01', T0)).toEqual({ ok: false, error: 'Enter a date like 2026-12-08.' });
  });
});
