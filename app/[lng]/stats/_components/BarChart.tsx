"use client";

import { useId } from "react";

export interface Series {
  key: string;
  label: string;
  /** A CSS colour (a custom property from the stylesheet). */
  colour: string;
}

interface Props {
  title: string;
  description: string;
  /** Row labels (days), shown in the table and under the first and last bar. */
  labels: readonly string[];
  series: readonly Series[];
  /** values[row][series]: stacked bottom to top in series order. */
  values: readonly (readonly number[])[];
  labelHeading: string;
  totalHeading?: string;
  /** The summary that opens the table. */
  figuresLabel: string;
}

const WIDTH = 600;
const HEIGHT = 160;
const GAP = 2;
/** Room on the left for the scale's top figure. */
const GUTTER = 28;

/**
 * A stacked bar chart in hand-written SVG (no charting library: see docs/decisions.md), with its
 * figures as a table for screen readers and anyone who wants the numbers. The drawing is hidden
 * from assistive technology; the table is the chart's text equivalent.
 */
export function BarChart({ title, description, labels, series, values, labelHeading, totalHeading, figuresLabel }: Props) {
  const id = useId();
  const totals = values.map((row) => row.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const bar = (WIDTH - GUTTER) / Math.max(1, labels.length);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="muted">{description}</p>
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <span className="swatch" style={{ background: s.colour }} /> {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`} className="chart-svg" aria-hidden="true" focusable="false">
        <line x1={GUTTER} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="chart-axis" />
        {values.map((row, i) => {
          let y = HEIGHT;
          return (
            <g key={labels[i]}>
              {row.map((value, s) => {
                const h = (value / max) * (HEIGHT - 4);
                y -= h;
                return value > 0 ? <rect key={series[s]!.key} x={GUTTER + i * bar + GAP / 2} y={y} width={bar - GAP} height={h} fill={series[s]!.colour} /> : null;
              })}
            </g>
          );
        })}
        <text x={GUTTER} y={HEIGHT + 14} className="chart-label">
          {labels[0]}
        </text>
        <text x={WIDTH} y={HEIGHT + 14} textAnchor="end" className="chart-label">
          {labels.at(-1)}
        </text>
        <text x={GUTTER - 6} y={12} textAnchor="end" className="chart-label">
          {max}
        </text>
      </svg>
      <details className="chart-figures">
        <summary>{figuresLabel}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
              {totalHeading && <th scope="col">{totalHeading}</th>}
            </tr>
          </thead>
          <tbody>
            {values.map((row, i) => (
              <tr key={labels[i]}>
                <th scope="row">{labels[i]}</th>
                {row.map((value, s) => (
                  <td key={series[s]!.key}>{value}</td>
                ))}
                {totalHeading && <td>{totals[i]}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
