// Study days, as in Anki: a day starts at `dayStartHour` local time (4 am by default), so a late-night
// session still counts for the evening it began. Local-time Date arithmetic keeps DST days right.

function localDayAt(year: number, month: number, day: number, hour: number): number {
  return new Date(year, month, day, hour).getTime();
}

/** Epoch ms at which the study day containing `now` began. */
export function studyDayStart(now: number, dayStartHour: number): number {
  const date = new Date(now);
  const todayStart = localDayAt(date.getFullYear(), date.getMonth(), date.getDate(), dayStartHour);
  if (todayStart <= now) return todayStart;
  return localDayAt(date.getFullYear(), date.getMonth(), date.getDate() - 1, dayStartHour);
}

/** Epoch ms at which the study day after the one containing `now` begins. */
export function nextStudyDayStart(now: number, dayStartHour: number): number {
  const start = new Date(studyDayStart(now, dayStartHour));
  return localDayAt(start.getFullYear(), start.getMonth(), start.getDate() + 1, dayStartHour);
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The calendar date on which the study day containing `at` began, e.g. "2026-11-27". */
export function studyDayKey(at: number, dayStartHour: number): string {
  const start = new Date(studyDayStart(at, dayStartHour));
  return `${start.getFullYear()}-${twoDigits(start.getMonth() + 1)}-${twoDigits(start.getDate())}`;
}

export function isSameStudyDay(a: number, b: number, dayStartHour: number): boolean {
  return studyDayStart(a, dayStartHour) === studyDayStart(b, dayStartHour);
}
