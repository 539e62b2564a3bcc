// Where each day of a calendar heatmap goes: one column per week (Monday first), one row per weekday.
import { addDays, dayKeyTime, formatDayKey, weekdayOf } from '../day-label';

export interface CalendarCell {
  day: string;
  week: number;
  /** Monday 0 … Sunday 6. */
  weekday: number;
  count: number;
}

export interface CalendarGrid {
  cells: CalendarCell[];
  weeks: number;
  /** Month names over the week in which each month begins (none squeezed in over the first partial month). */
  months: { week: number; label: string }[];
  busiest: number;
}

const DAY_MS = 86_400_000;
/** A month label needs about this many week columns of room. */
const MONTH_LABEL_WEEKS = 3;

export function calendarGrid(firstDay: string, lastDay: string, counts: Readonly<Record<string, number>>): CalendarGrid {
  const days = Math.round((dayKeyTime(lastDay) - dayKeyTime(firstDay)) / DAY_MS) + 1;
  const offset = weekdayOf(firstDay);
  const cells: CalendarCell[] = [];
  const months: CalendarGrid['months'] = [];
  let busiest = 0;
  for (let index = 0; index < Math.max(0, days); index += 1) {
    const day = addDays(firstDay, index);
    const count = counts[day] ?? 0;
    const slot = index + offset;
    const week = Math.floor(slot / 7);
    cells.push({ day, week, weekday: slot % 7, count });
    busiest = Math.max(busiest, count);
    if (index === 0 || day.endsWith('-01')) months.push({ week, label: formatDayKey(day, 'month') });
  }
  // A first partial month too narrow for its name gives way to the next month's.
  if (months.length > 1 && months[1]!.week - months[0]!.week < MONTH_LABEL_WEEKS) months.shift();
  return { cells, weeks: cells.length === 0 ? 0 : cells[cells.length - 1]!.week + 1, months, busiest };
}
