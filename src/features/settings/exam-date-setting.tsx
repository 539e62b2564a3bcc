// Settings › Exam date: set it (a date input, stored as local midnight) or clear it. Home then counts down to it.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { formatDayKey } from '../../components/day-label';
import { useStudyStore } from '../../store/study-store-context';
import { checkExamDate, examDateInputValue, latestExamDate } from './exam-date';

interface ExamDateSettingProps {
  clock: () => number;
}

export function ExamDateSetting({ clock }: ExamDateSettingProps) {
  const store = useStudyStore();
  const examDate = useStore(store, (state) => state.settings.examDate);
  const [baseline, setBaseline] = useState(examDate);
  const [value, setValue] = useState(() => examDateInputValue(examDate));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  // Changed elsewhere (another tab) while nothing was typed here: show it.
  if (examDate !== baseline && value === examDateInputValue(baseline)) {
    setBaseline(examDate);
    setValue(examDateInputValue(examDate));
  }

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkExamDate(value, clock());
    if (!check.ok) {
      setError(check.error);
      setStatus('');
      inputRef.current?.focus();
      return;
    }
    store.getState().updateSettings({ examDate: check.examDate }, clock());
    setBaseline(check.examDate);
    setError(null);
    setStatus(`Exam date saved: ${formatDayKey(value, 'long')}.`);
  };

  const clear = () => {
    store.getState().updateSettings({ examDate: null }, clock());
    setBaseline(null);
    setValue('');
    setError(null);
    setStatus('Exam date cleared.');
    // The Clear button goes away with the date; the date field is the next thing to use.
    inputRef.current?.focus();
  };

  return (
    <section className="panel panel-wide settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Exam date</h2>
      <p className="settings-description">
        With a date set, Home counts down to it, predicts how much of each chapter you will recall on the day, and suggests how many reviews a day get you
        there. In the last week it offers a Cram session.
      </p>
      <form className="settings-form" onSubmit={save} noValidate>
        <div className={error ? 'settings-field has-error' : 'settings-field'}>
          <label htmlFor={`${id}-date`} className="settings-label">
            Day of the exam
          </label>
          <input
            ref={inputRef}
            id={`${id}-date`}
            name="examDate"
            type="date"
            className="field-input settings-input"
            value={value}
            min={examDateInputValue(clock())}
            max={examDateInputValue(latestExamDate(clock()))}
            onChange={(event) => {
              setValue(event.target.value);
              setStatus('');
            }}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            aria-invalid={error ? true : undefined}
          />
          {error && (
            <p id={errorId} className="settings-error">
              {error}
            </p>
          )}
          <p id={hintId} className="small-note settings-hint">
            {examDate === null ? 'No exam date set.' : `Set to ${formatDayKey(examDateInputValue(examDate), 'long')}.`}
          </p>
        </div>
        <div className="settings-actions">
          <button type="submit" className="button button-primary">
            Save exam date
          </button>
          {examDate !== null && (
            <button type="button" className="button" onClick={clear}>
              Clear exam date
            </button>
          )}
          <p className="settings-status is-saved" role="status">
            {status}
          </p>
        </div>
      </form>
    </section>
  );
}
