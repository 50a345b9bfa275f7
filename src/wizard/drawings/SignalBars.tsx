import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, accentFill, type DrawingProps } from './style';

function StatusBar({ x, good }: { x: number; good: boolean }): JSX.Element {
  const bar = (i: number) => (good ? accentFill : i === 0 ? { fill: 'currentColor' } : undefined);
  return (
    <g transform={`translate(${x} 0)`}>
      <rect x="0" y="14" width="68" height="36" rx="5" />
      {[0, 1, 2, 3].map((i) => (
        <rect key={i} x={8 + i * 7} y={39 - i * 5} width="4" height={6 + i * 5} style={bar(i)} />
      ))}
      <circle cx="44" cy="42" r="1.5" fill="currentColor" />
      <path d="M40 37.5a6 6 0 0 1 8 0" />
      {good && <path d="M36 33a12 12 0 0 1 16 0" />}
      <path d="M56 28h5l3 3v11h-8z" />
    </g>
  );
}

export function SignalBars({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <StatusBar x={6} good={false} />
      <StatusBar x={86} good />
      <path d="M32 64l12 12M44 64l-12 12" strokeWidth={3} />
      <path d="M112 70l6 6 12-12" strokeWidth={3} style={accent} />
    </DrawingSvg>
  );
}
