import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

export function SimSlot({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="10" y="6" width="70" height="88" rx="8" />
      <rect x="20" y="14" width="50" height="30" rx="2" />
      <path d="M24 56h8M41 56h8M58 56h8M24 68h8M41 68h8M58 68h8M24 80h8M41 80h8M58 80h8" />
      <path d="M80 37v26" strokeWidth={5} className={accent} />
      <path d="M100 36h36l7 7v21h-43z" strokeWidth={3} className={accent} />
      <rect x="110" y="43" width="18" height="14" rx="2" />
      <path d="M110 50h18M119 43v14" />
      <path d="M90 22h48m-6-6 6 6-6 6" />
      <path d="M138 78H90m6-6-6 6 6 6" strokeWidth={3} className={accent} />
    </DrawingSvg>
  );
}
