import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

/** The top of the POS screen, marked: signal, Wi-Fi, SIM, the time and the battery. */
export function SignalBars({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="4" y="4" width="152" height="92" rx="6" />
      <rect x="9" y="9" width="142" height="30" rx="4" strokeWidth={3} className={accent} />
      {[0, 1, 2, 3].map((i) => (
        <rect
          key={i}
          x={16 + i * 6}
          y={30 - (4 + i * 4)}
          width="3.5"
          height={4 + i * 4}
          rx="0.5"
          fill="currentColor"
        />
      ))}
      <circle cx="52" cy="29" r="1.8" fill="currentColor" />
      <path d="M47 24.5a7 7 0 0 1 10 0M43 20.5a12.5 12.5 0 0 1 18 0" />
      <path d="M68 15.5h6l3 3v11.5h-9z" />
      <path d="M71 23h3M71 26.5h3" strokeWidth={1.5} />
      <text
        x="100"
        y="28.5"
        textAnchor="middle"
        fontSize="11"
        fontWeight="bold"
        fontFamily="system-ui, sans-serif"
        fill="currentColor"
        stroke="none"
      >
        12:30
      </text>
      <rect x="124" y="18" width="19" height="11" rx="2" />
      <path d="M143 21.5v4" strokeWidth={3} />
      <rect x="126.5" y="20.5" width="11" height="6" rx="0.5" fill="currentColor" stroke="none" />
      <text
        x="80"
        y="76"
        textAnchor="middle"
        fontSize="24"
        fontWeight="bold"
        fontFamily="system-ui, sans-serif"
        fill="currentColor"
        stroke="none"
      >
        E1
      </text>
    </DrawingSvg>
  );
}
