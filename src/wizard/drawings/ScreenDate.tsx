import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

export function ScreenDate({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="44" y="4" width="72" height="92" rx="6" />
      <rect x="50" y="10" width="60" height="50" rx="2" />
      <rect x="62" y="21" width="12" height="11" rx="1" />
      <path d="M62 25h12M65 19v4M71 19v4M79 24h18M79 30h12" />
      <text
        x="80"
        y="50"
        textAnchor="middle"
        fontSize="13"
        fontWeight="bold"
        fontFamily="system-ui, sans-serif"
        fill="currentColor"
        stroke="none"
      >
        12:30
      </text>
      <rect x="55" y="15" width="50" height="40" rx="4" strokeWidth={3} className={accent} />
      <path d="M58 70h8M76 70h8M94 70h8M58 79h8M76 79h8M94 79h8M58 88h8M76 88h8M94 88h8" />
      <path d="M152 35h-30m6-6-6 6 6 6" strokeWidth={3} className={accent} />
    </DrawingSvg>
  );
}
