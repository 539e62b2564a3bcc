// Vertical bars, stacked when there are several series, drawn in SVG that stretches to the width available;
// the axis labels are HTML beside it, so they stay crisp and readable at any width.
import { labelledIndexes, niceMax } from './chart-scale';
import { toneClass, type ChartTone } from './chart-tones';
import './charts.css';

export interface BarSeries {
  label: string;
  tone: ChartTone;
}

export interface BarDatum {
  key: string;
  /** Shown under the bar (some of them) and in its tooltip. */
  label: string;
  /** One value per series; null where there is nothing to show (not the same as 0). */
  values: readonly (number | null)[];
  /** Drawn with a marker underneath (e.g. today). */
  marked?: boolean;
}

interface BarChartProps {
  /** What the chart shows, in a sentence: its accessible name. */
  label: string;
  series: readonly BarSeries[];
  data: readonly BarDatum[];
  /** Top of the value axis; by default a round number at or above the tallest bar. */
  max?: number;
  formatValue?: (value: number) => string;
  /** A dashed line across the chart, e.g. the target retention. */
  reference?: { value: number; label: string };
  /** How many bars get a label under them. */
  axisLabels?: number;
}

const SLOT = 10;
const BAR = 7;
const HEIGHT = 100;

function stackTotal(values: readonly (number | null)[]): number {
  return values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

/** On a narrow chart only the first, the middle and the last label stay (charts.css hides the others). */
function majorLabelIndexes(labelled: readonly number[]): Set<number> {
  if (labelled.length === 0) return new Set();
  const last = labelled[labelled.length - 1]!;
  const middle = labelled.reduce((best, index) => (Math.abs(index - last / 2) < Math.abs(best - last / 2) ? index : best));
  return new Set([labelled[0]!, middle, last]);
}

function labelClass(index: number, length: number, major: ReadonlySet<number>): string {
  const place = index === 0 ? 'is-first' : index === length - 1 ? 'is-last' : '';
  return [place, major.has(index) ? '' : 'is-minor'].filter(Boolean).join(' ');
}

export function BarChart({ label, series, data, max, formatValue = String, reference, axisLabels = 6 }: BarChartProps) {
  const top = max ?? niceMax(Math.max(0, ...data.map((datum) => stackTotal(datum.values))));
  const y = (value: number) => HEIGHT - (Math.min(value, top) / top) * HEIGHT;
  const labelled = labelledIndexes(data.length, axisLabels);
  const majorLabels = majorLabelIndexes([...labelled]);
  const width = Math.max(1, data.length) * SLOT;
  return (
    <div className="bar-chart">
      <div className="bar-chart-y" aria-hidden="true">
        <span>{formatValue(top)}</span>
        <span>{formatValue(top / 2)}</span>
        <span>{formatValue(0)}</span>
      </div>
      <svg className="bar-chart-plot" role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none">
        {[0, HEIGHT / 2, HEIGHT].map((lineY) => (
          <line key={lineY} className="chart-grid-line" x1={0} x2={width} y1={lineY} y2={lineY} vectorEffect="non-scaling-stroke" />
        ))}
        {data.map((datum, index) => {
          let base = 0;
          const x = index * SLOT + (SLOT - BAR) / 2;
          const tip = datum.values.map((value, part) => `${series[part]?.label ?? ''} ${value === null ? '–' : formatValue(value)}`).join(', ');
          return (
            <g key={datum.key} data-key={datum.key} data-total={stackTotal(datum.values)}>
              <title>{`${datum.label}: ${tip}`}</title>
              {datum.values.map((value, part) => {
                if (value === null || value <= 0) return null;
                const from = base;
                base += value;
                return <rect key={part} className={toneClass(series[part]?.tone ?? 'accent')} x={x} width={BAR} y={y(base)} height={y(from) - y(base)} />;
              })}
              {datum.marked && <rect className="chart-marker" x={index * SLOT} width={SLOT} y={HEIGHT - 2} height={2} />}
            </g>
          );
        })}
        {reference && <line className="chart-reference" x1={0} x2={width} y1={y(reference.value)} y2={y(reference.value)} vectorEffect="non-scaling-stroke" />}
      </svg>
      <div className="bar-chart-x" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${Math.max(1, data.length)}, minmax(0, 1fr))` }}>
        {data.flatMap((datum, index) =>
          labelled.has(index)
            ? [
                <span key={datum.key} className={labelClass(index, data.length, majorLabels)} style={{ gridColumn: index + 1 }}>
                  {datum.label}
                </span>,
              ]
            : [],
        )}
      </div>
      {(series.length > 1 || reference) && (
        <ul className="chart-legend" aria-hidden="true">
          {series.length > 1 &&
            series.map((item) => (
              <li key={item.label}>
                <span className={`chart-swatch ${toneClass(item.tone)}`} />
                {item.label}
              </li>
            ))}
          {reference && (
            <li>
              <span className="chart-swatch chart-swatch-line" />
              {reference.label}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
