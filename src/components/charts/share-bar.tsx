// Parts of a whole as one horizontal bar (card states, answer buttons), with a legend giving each part's count.
import { percentText } from '../card-name';
import { toneClass, type ChartTone } from './chart-tones';
import './charts.css';

export interface SharePart {
  label: string;
  value: number;
  tone: ChartTone;
}

interface ShareBarProps {
  /** What the bar shows, in a sentence: its accessible name. */
  label: string;
  parts: readonly SharePart[];
  /** Show each part's count and share under the bar. */
  legend?: boolean;
  size?: 'regular' | 'slim';
}

export function ShareBar({ label, parts, legend = true, size = 'regular' }: ShareBarProps) {
  const total = parts.reduce((sum, part) => sum + Math.max(0, part.value), 0);
  return (
    <div className={`share-bar-block share-bar-${size}`}>
      <div className="share-bar" role="img" aria-label={label}>
        {total > 0 &&
          parts.map((part) =>
            part.value > 0 ? (
              <span
                key={part.label}
                className={`share-bar-part ${toneClass(part.tone)}`}
                style={{ width: `${((part.value / total) * 100).toFixed(2)}%` }}
                title={`${part.label}: ${part.value}`}
              />
            ) : null,
          )}
      </div>
      {legend && (
        <ul className="chart-legend share-legend">
          {parts.map((part) => (
            <li key={part.label}>
              <span className={`chart-swatch ${toneClass(part.tone)}`} aria-hidden="true" />
              {part.label} <strong>{part.value}</strong>
              {total > 0 && <span className="share-legend-share"> ({percentText(part.value / total)})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
