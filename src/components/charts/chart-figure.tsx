// A chart with its title, a line saying what it shows, and the same figures as a table ("Show as table"), for
// screen readers and for anyone who prefers numbers to shapes.
import { useId, useState, type ReactNode } from 'react';
import './charts.css';

export interface ChartTableData {
  caption: string;
  /** Column headings; the first column holds each row's heading. */
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

interface ChartFigureProps {
  title: string;
  headingLevel?: 2 | 3;
  description?: ReactNode;
  table: ChartTableData;
  /** The chart itself (an element with role="img" and a summary as its label). */
  children: ReactNode;
}

export function ChartTable({ caption, columns, rows }: ChartTableData) {
  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells], index) => (
            <tr key={`${head}-${index}`}>
              <th scope="row">{head}</th>
              {cells.map((cell, cellIndex) => (
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChartFigure({ title, headingLevel = 2, description, table, children }: ChartFigureProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  const [showTable, setShowTable] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel chart-figure" aria-labelledby={titleId}>
      <div className="chart-head">
        <Heading id={titleId} className="chart-title">
          {title}
        </Heading>
        <button type="button" className="button button-small" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
          {showTable ? 'Hide table' : 'Show as table'}
        </button>
      </div>
      {description && <p className="chart-description">{description}</p>}
      {children}
      <div id={tableId} hidden={!showTable}>
        {showTable && <ChartTable {...table} />}
      </div>
    </section>
  );
}
