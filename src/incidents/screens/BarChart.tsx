import '../styles/stats.css';
import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  valueLabel?: (value: number) => string;
}

// Drawing units. The viewBox scales with the screen, so a 300-unit-wide chart on a 320 px phone
// draws its 14-unit text at about 13 px; CSS caps the width so it does not balloon on a tablet.
const width = 300;
const fontSize = 14;
const lineHeight = 18;
const barHeight = 18;
const rowGap = 10;
const valueGap = 4;
/** Labels up to this wide sit left of their bar; longer ones go above it, wrapped. */
const maxSideLabel = width * 0.36;

const wideChar =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const narrowChar = /[ilj.,:;'!|()[\]\s]/u;
/** Punctuation that must not start a line, and brackets that must not end one. */
const noLineStart = /[，。、；：！？）」』】》〉”’%),.:;!?\]]/u;
const noLineEnd = /[（「『【《〈“‘([]/u;

/**
 * Width of text in em, erring wide: the chart is drawn before any font is measured, and an
 * overestimate only wraps a little early, while an underestimate would run off the edge.
 */
function emWidth(text: string): number {
  let em = 0;
  for (const char of text) {
    if (wideChar.test(char)) em += 1;
    else if (narrowChar.test(char)) em += 0.32;
    else if (/[A-Z0-9MWmw@#%&]/u.test(char)) em += 0.7;
    else em += 0.58;
  }
  return em;
}

/** Break points: after spaces and between CJK characters, never before closing punctuation. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  for (const char of text) {
    const startsUnit =
      current !== '' &&
      !noLineStart.test(char) &&
      !noLineEnd.test(current.slice(-1)) &&
      (wideChar.test(char) || /\s$/u.test(current) || wideChar.test(current.slice(-1)));
    if (startsUnit) {
      units.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') units.push(current);
  return units;
}

/** Splits a label into lines no wider than `maxEm`; a single overlong word is cut, never clipped. */
function wrapLabel(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    if (line !== '' && emWidth((line + unit).trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = '';
    }
    let rest = unit;
    while (emWidth(rest.trimEnd()) > maxEm) {
      const chars = [...rest];
      let cut = chars.length - 1;
      while (cut > 1 && emWidth(chars.slice(0, cut).join('')) > maxEm) cut -= 1;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line += rest;
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

interface Row {
  label: string;
  value: string;
  lines: string[];
  top: number;
  barTop: number;
  barLength: number;
}

interface Layout {
  rows: Row[];
  barStart: number;
  height: number;
}

function layOut(bars: readonly Bar[], valueLabel: (value: number) => string): Layout {
  const values = bars.map((bar) => valueLabel(bar.value));
  const valueRoom = Math.max(0, ...values.map((value) => emWidth(value))) * fontSize + valueGap * 2;
  const widestLabel = Math.max(0, ...bars.map((bar) => emWidth(bar.label))) * fontSize;
  const sideLabels = widestLabel <= maxSideLabel;
  const barStart = sideLabels ? Math.ceil(widestLabel) + 8 : 0;
  const barRoom = width - barStart - valueRoom;
  const largest = Math.max(0, ...bars.map((bar) => bar.value));

  // A little room above the first bar and below the last for the zero line's overhang.
  let top = 2;
  const rows = bars.map((bar, index): Row => {
    const lines = sideLabels ? [bar.label] : wrapLabel(bar.label, width / fontSize);
    const barTop = sideLabels ? top : top + lines.length * lineHeight + 2;
    const row: Row = {
      label: bar.label,
      value: values[index] ?? String(bar.value),
      lines,
      top,
      barTop,
      barLength: largest > 0 ? (Math.max(0, bar.value) / largest) * barRoom : 0,
    };
    top = barTop + barHeight + rowGap;
    return row;
  });
  return { rows, barStart, height: top - rowGap + 2 };
}

/** Where text sits so it reads as centred on a bar of `barHeight`. */
const textBaseline = (barTop: number) => barTop + barHeight / 2 + fontSize * 0.35;

/**
 * A horizontal bar chart drawn as inline SVG, with the same numbers in a table for screen
 * readers, so the data never lives in the picture only.
 */
export function BarChart({ title, bars, valueLabel = String }: BarChartProps) {
  const captionId = useId();
  const { rows, barStart, height } = layOut(bars, valueLabel);

  return (
    <figure className="bar-chart">
      <figcaption id={captionId}>
        <h2>{title}</h2>
      </figcaption>
      <svg
        className="bar-chart-svg"
        role="img"
        aria-labelledby={captionId}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        fontSize={fontSize}
      >
        {rows.map((row, index) => (
          <g key={`${index}-${row.label}`}>
            <text className="bar-chart-label" x={0}>
              {row.lines.map((line, lineIndex) => (
                <tspan
                  key={lineIndex}
                  x={0}
                  y={
                    barStart > 0
                      ? textBaseline(row.barTop)
                      : row.top + fontSize + lineIndex * lineHeight
                  }
                >
                  {line}
                </tspan>
              ))}
            </text>
            {/* The zero line, so an empty row still shows where its bar would start. */}
            <line
              className="bar-chart-axis"
              x1={barStart}
              x2={barStart}
              y1={row.barTop - 2}
              y2={row.barTop + barHeight + 2}
            />
            {row.barLength > 0 && (
              <rect
                className="bar-chart-bar"
                x={barStart}
                y={row.barTop}
                width={row.barLength}
                height={barHeight}
              />
            )}
            <text
              className="bar-chart-value"
              x={barStart + row.barLength + valueGap}
              y={textBaseline(row.barTop)}
            >
              {row.value}
            </text>
          </g>
        ))}
      </svg>
      {/* A wrapper hides it: a table will not shrink to 1 px, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${index}-${row.label}`}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
