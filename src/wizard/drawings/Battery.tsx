import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, accentFill, type DrawingProps } from './style';

export function Battery({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="8" y="26" width="50" height="28" rx="4" />
      <path d="M58 35h4v10h-4" />
      <rect x="13" y="31" width="8" height="18" rx="1" fill="currentColor" />
      <path d="M27 64l12 12M39 64l-12 12" strokeWidth={3} />
      <path d="M68 40h20m-5-5 5 5-5 5" />
      <path d="M80 14l-6 9h8l-6 9" />
      <rect x="98" y="26" width="50" height="28" rx="4" strokeWidth={3} className={accent} />
      <path d="M148 35h4v10h-4" strokeWidth={3} className={accent} />
      {[103, 114, 125, 136].map((x) => (
        <rect key={x} x={x} y="31" width="8" height="18" rx="1" className={accentFill} />
      ))}
      <path d="M115 70l6 6 12-12" strokeWidth={3} className={accent} />
    </DrawingSvg>
  );
}
