import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

const keys = [
  [48, 32],
  [48, 46],
  [48, 74],
  [64, 74],
  [80, 74],
];

export function ShieldedKeypad({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      {/* Outline and keys stop where a hand lies on top, so line art needs no fill. */}
      <path d="M40 65V10a6 6 0 0 1 6-6h48a6 6 0 0 1 6 6v16M100 66v24a6 6 0 0 1-6 6H46a6 6 0 0 1-6-6V77" />
      <rect x="48" y="10" width="44" height="14" rx="2" />
      {keys.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="12" height="9" rx="2" />
      ))}
      <path
        d="M160 27H100C86 27 76 28 70 31a4.5 4.5 0 0 0-2 8.5 4.5 4.5 0 0 0 2 8.5 4.5 4.5 0 0 0 4 8.5 4.5 4.5 0 0 0 4 7.5h16c12 0 22 6 66 6"
        strokeWidth={3}
        className={accent}
      />
      <path d="M68 39.5h22M70 48h22M74 56.5h18" className={accent} />
      <path d="M4 100c2-10 8-18 14-21.5l33-19a4 4 0 0 1 4 7l-33 19c4 2 5 7 2 10-1 1-2 3-2 4.5" />
    </DrawingSvg>
  );
}
