// Limits, scheduling and the study day, in one form checked by the store: every invalid field says why, next to it,
// and nothing is saved until all are valid.
import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent, ReactNode } from 'react';
import { useStore } from 'zustand';
import { MAX_DESIRED_RETENTION, MAX_INTERVAL_DAYS_LIMIT, MIN_DESIRED_RETENTION } from '../../domain/scheduler';
import { MAX_DAILY_LIMIT, type SettingsErrors } from '../../store/data/settings-schema';
import { selectSettings } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';
import { changeFrom, draftFrom, isDirty, NUMBER_FIELDS, type FormField, type NumberField, type SettingsDraft } from './settings-draft';

interface StudySettingsFormProps {
  clock: () => number;
  /** Shown under desired retention: what each retention would cost (retention-workload.tsx). */
  retentionWorkload?: ReactNode;
}

type Status = { kind: 'saved' | 'unchanged' | 'invalid'; text: string } | null;

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

interface FieldShellProps {
  id: string;
  label: string;
  hint: ReactNode;
  error: string | undefined;
  children: (describedBy: string, invalid: boolean) => ReactNode;
}

/** Label, control, hint and error, tied together for screen readers. */
function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${errorId} ${hintId}` : hintId;
  return (
    <div className={error ? 'settings-field has-error' : 'settings-field'}>
      <label htmlFor={id} className="settings-label">
        {label}
      </label>
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={errorId} className="settings-error">
          {error}
        </p>
      )}
      <p id={hintId} className="small-note settings-hint">
        {hint}
      </p>
    </div>
  );
}

export function StudySettingsForm({ clock, retentionWorkload }: StudySettingsFormProps) {
  const store = useStudyStore();
  const settings = useStore(store, selectSettings);
  const [baseline, setBaseline] = useState(settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const idPrefix = useId();
  const idOf = (field: FormField) => `${idPrefix}-${field}`;

  // Settings changed elsewhere (another tab, the theme toggle) while nothing was typed here: show them.
  if (settings !== baseline && !isDirty(draft, baseline)) {
    setBaseline(settings);
    setDraft(draftFrom(settings));
  }

  const edit = (field: NumberField) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setDraft({ ...draft, [field]: event.target.value });
    setStatus(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const change = changeFrom(draft, baseline);
    if (Object.keys(change).length === 0) {
      setErrors({});
      setStatus({ kind: 'unchanged', text: 'No changes to save.' });
      return;
    }
    const check = store.getState().updateSettings(change, clock());
    if (!check.ok) {
      setErrors(check.errors);
      const count = Object.keys(check.errors).length;
      setStatus({ kind: 'invalid', text: `Not saved: ${count === 1 ? 'one setting needs' : `${count} settings need`} a change (see below).` });
      const firstInvalid = [...NUMBER_FIELDS, 'studyReverseCards' as const].find((field) => check.errors[field]);
      if (firstInvalid) document.getElementById(idOf(firstInvalid))?.focus();
      return;
    }
    const saved = store.getState().settings;
    setBaseline(saved);
    setDraft(draftFrom(saved));
    setErrors({});
    setStatus({ kind: 'saved', text: 'Settings saved.' });
  };

  const numberInput = (field: NumberField, attributes: { min: number; max?: number; step: number; inputMode: 'numeric' | 'decimal' }) =>
    function renderNumberInput(describedBy: string, invalid: boolean) {
      return (
        <input
          id={idOf(field)}
          name={field}
          type="number"
          className="field-input settings-input"
          value={draft[field]}
          onChange={edit(field)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...attributes}
        />
      );
    };

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <fieldset className="settings-group">
        <legend>Daily limits</legend>
        <FieldShell
          id={idOf('newCardsPerDay')}
          label="New cards per day"
          error={errors.newCardsPerDay}
          hint={`Cards you see for the first time each day, 0 to ${MAX_DAILY_LIMIT}. Default 20.`}
        >
          {numberInput('newCardsPerDay', { min: 0, max: MAX_DAILY_LIMIT, step: 1, inputMode: 'numeric' })}
        </FieldShell>
        <FieldShell
          id={idOf('reviewsPerDay')}
          label="Reviews per day"
          error={errors.reviewsPerDay}
          hint={`Most review and new cards shown in a day, 0 to ${MAX_DAILY_LIMIT}; learning steps don’t count. Default 200.`}
        >
          {numberInput('reviewsPerDay', { min: 0, max: MAX_DAILY_LIMIT, step: 1, inputMode: 'numeric' })}
        </FieldShell>
      </fieldset>

      <fieldset className="settings-group">
        <legend>Scheduling</legend>
        <FieldShell
          id={idOf('desiredRetention')}
          label={`Desired retention (${MIN_DESIRED_RETENTION.toFixed(2)}–${MAX_DESIRED_RETENTION.toFixed(2)})`}
          error={errors.desiredRetention}
          hint="Higher means you forget less but review more often; lower means fewer reviews but more forgetting. 0.90 is a good balance."
        >
          {numberInput('desiredRetention', { min: MIN_DESIRED_RETENTION, max: MAX_DESIRED_RETENTION, step: 0.01, inputMode: 'decimal' })}
        </FieldShell>
        {retentionWorkload}
        <FieldShell
          id={idOf('maximumIntervalDays')}
          label="Maximum interval (days)"
          error={errors.maximumIntervalDays}
          hint={`The longest a card waits before it comes back, 1 to ${MAX_INTERVAL_DAYS_LIMIT} days.`}
        >
          {numberInput('maximumIntervalDays', { min: 1, max: MAX_INTERVAL_DAYS_LIMIT, step: 1, inputMode: 'numeric' })}
        </FieldShell>
      </fieldset>

      <fieldset className="settings-group">
        <legend>Study day</legend>
        <FieldShell
          id={idOf('dayStartHour')}
          label="New day starts at"
          error={errors.dayStartHour}
          hint="Your local time. Reviews late at night, before this hour, count for the day before."
        >
          {(describedBy, invalid) => (
            <select
              id={idOf('dayStartHour')}
              name="dayStartHour"
              className="field-input settings-input settings-select"
              value={draft.dayStartHour}
              onChange={edit('dayStartHour')}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            >
              {HOURS.map((hour) => (
                <option key={hour} value={String(hour)}>
                  {hourLabel(hour)}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <div className="settings-field check-row settings-check">
          <input
            id={idOf('studyReverseCards')}
            name="studyReverseCards"
            type="checkbox"
            checked={draft.studyReverseCards}
            onChange={(event) => {
              setDraft({ ...draft, studyReverseCards: event.target.checked });
              setStatus(null);
            }}
            aria-describedby={`${idOf('studyReverseCards')}-hint`}
          />
          <label htmlFor={idOf('studyReverseCards')} className="settings-label">
            Study reverse cards
          </label>
          <p id={`${idOf('studyReverseCards')}-hint`} className="small-note settings-hint">
            Also ask from a definition back to its term.
          </p>
        </div>
      </fieldset>

      <div className="settings-actions">
        <button type="submit" className="button button-primary">
          Save settings
        </button>
        <p role="status" className={`settings-status${status ? ` is-${status.kind}` : ''}`}>
          {status?.text}
        </p>
      </div>
    </form>
  );
}
