import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, chipFill, paperFill, type DrawingProps } from './style';

/** Read the card another way: wipe the chip, insert it chip first, never swipe a chip card. */
export function CardChip({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <g transform="translate(0 -10)">
        {/* 1. Wipe: a card, a folded cloth on its chip, moved back and forth. */}
        <rect x="4" y="44" width="44" height="28" rx="3" />
        <rect x="10" y="53" width="11" height="9" rx="1.5" strokeWidth={2} className={chipFill} />
        <path
          d="M15 42c6-3 15-3 22 0l-2 19c-2 1-4-1-6 0s-4 1-6 0-4-1-6 0z"
          strokeWidth={2}
          className={paperFill}
        />
        <path d="M20 46l12 12M26 44l9 9" strokeWidth={1.5} />
        <path d="M10 31h32m-5-5 5 5-5 5M10 31l5-5M10 31l5 5" strokeWidth={2.5} className={accent} />
        {/* 2. Insert it chip first into the reader. */}
        <rect x="64" y="40" width="24" height="40" rx="3" />
        <rect x="70.5" y="66" width="11" height="9" rx="1.5" strokeWidth={2} className={chipFill} />
        <path d="M96 40v34m-6-6 6 6 6-6" strokeWidth={3} className={accent} />
        <path d="M56 98V87h48v11" />
        <path d="M62 92h28" strokeWidth={4} />
        {/* 3. Not swiped: a card with its stripe and a swipe arrow, crossed out. */}
        <circle cx="134" cy="56" r="22" strokeWidth={3} />
        <rect x="120" y="50" width="28" height="17" rx="2" />
        <path d="M120 55h28" strokeWidth={3} />
        <path d="M120 43h26m-4-4 4 4-4 4" />
        <path d="M118.5 40.5l31 31" strokeWidth={3} />
      </g>
    </DrawingSvg>
  );
}
