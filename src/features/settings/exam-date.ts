// The exam date between the date input ("2026-12-08") and the settings (epoch ms at local midnight of that day).

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The input's value for a stored exam date (its local calendar date); empty when none is set. */
export function examDateInputValue(examDate: number | null): string {
  if (examDate === null) return '';
  const date = new Date(examDate);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** Local midnight of an input's date, or null when the text is not a real calendar date. */
export function examDateFromInput(value: string): number | null {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // 2026-02-30 rolls over into March: not a date anyone meant.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.getTime();
}

export type ExamDateCheck = { ok: true; examDate: number } | { ok: false; error: string };

/** How far ahead an exam may be: the plan and the predictions are for a course, not a lifetime. */
export const MAX_EXAM_YEARS_AHEAD = 2;

/** The latest exam date allowed from `now`: the same day, two years on (local calendar). */
export function latestExamDate(now: number): number {
  const today = new Date(now);
  return new Date(today.getFullYear() + MAX_EXAM_YEARS_AHEAD, today.getMonth(), today.getDate()).getTime();
}

/** A date to save: a real date, from today up to two years ahead (local calendar). */
export function checkExamDate(value: string, now: number): ExamDateCheck {
  if (value.trim() === '') return { ok: false, error: 'Choose a date first (or clear the exam date).' };
  const examDate = examDateFromInput(value);
  if (examDate === null) return { ok: false, error: 'Enter a date like 2026-12-08.' };
  const today = new Date(now);
  if (examDate < new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime()) {
    return { ok: false, error: 'The exam date cannot be in the past.' };
  }
  const latest = latestExamDate(now);
  if (examDate > latest) {
    return { ok: false, error: `The exam date can be at most two years ahead: ${examDateInputValue(latest)} or sooner.` };
  }
  return { ok: true, examDate };
}
