// A year of days as a calendar heatmap: weeks in columns, Monday to Sunday in rows, darker for busier days, today
// outlined. Wider than a phone, so it scrolls sideways inside its own box and opens scrolled to today.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { formatDayKey } from '../day-label';
import { calendarGrid } from './calendar-grid';
import { heatLevel, HEAT_LEVELS } from './chart-scale';
import './charts.css';

interface CalendarHeatmapProps {
  /** What the chart shows, in a sentence: its accessible name. */
  label: string;
  firstDay: string;
  lastDay: string;
  today: string;
  counts: Readonly<Record<string, number>>;
  /** "5 reviews", for a day's tooltip. */
  describeCount: (count: number) => string;
}

const CELL = 12;
const STEP = 15;
const LEFT = 30;
const TOP = 18;
const WEEKDAY_LABELS = [
  [0, 'Mon'],
  [2, 'Wed'],
  [4, 'Fri'],
] as const;

export function CalendarHeatmap({ label, firstDay, lastDay, today, counts, describeCount }: CalendarHeatmapProps) {
  const grid = useMemo(() => calendarGrid(firstDay, lastDay, counts), [firstDay, lastDay, counts]);
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box) box.scrollLeft = box.scrollWidth;
  }, [grid]);
  const width = LEFT + grid.weeks * STEP;
  const height = TOP + 7 * STEP;
  return (
    <div className="heatmap">
      {/* Focusable, so the keyboard can scroll it too. */}
      <div ref={scroller} className="heatmap-scroll" tabIndex={0} role="group" aria-label="Calendar (scrolls sideways)">
        {/* Grows to the width available; below its natural size the box scrolls instead. */}
        <svg className="heatmap-plot" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} style={{ minWidth: width, maxWidth: width * 1.6 }}>
          {grid.months.map((month) => (
            <text key={`${month.week}-${month.label}`} className="chart-axis-text" x={LEFT + month.week * STEP} y={TOP - 6}>
              {month.label}
            </text>
          ))}
          {WEEKDAY_LABELS.map(([weekday, name]) => (
            <text key={name} className="chart-axis-text" x={0} y={TOP + weekday * STEP + CELL - 2}>
              {name}
            </text>
          ))}
          {grid.cells.map((cell) => (
            <rect
              key={cell.day}
              className={`heat-cell heat-${heatLevel(cell.count, grid.busiest)}${cell.day === today ? ' is-today' : ''}`}
              data-day={cell.day}
              data-count={cell.count}
              x={LEFT + cell.week * STEP}
              y={TOP + cell.weekday * STEP}
              width={CELL}
              height={CELL}
              rx={2}
            >
              <title>{`${formatDayKey(cell.day, 'weekday')}${cell.day === today ? ' (today)' : ''}: ${describeCount(cell.count)}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <div className="heatmap-key" aria-hidden="true">
        <span>Less</span>
        {Array.from({ length: HEAT_LEVELS + 1 }, (_, level) => (
          <span key={level} className={`heatmap-key-cell heat-${level}`} />
        ))}
        <span>More</span>
        <span className="heatmap-key-today">
          <span className="heatmap-key-cell heat-0 is-today" /> Today
        </span>
      </div>
    </div>
  );
}
