import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

export function ReaderSlot({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="14" y="6" width="52" height="88" rx="6" />
      <rect x="21" y="13" width="38" height="24" rx="2" />
      <path d="M24 46h6M37 46h6M50 46h6M24 56h6M37 56h6M50 56h6M24 66h6M37 66h6M50 66h6" />
      <path d="M66 16h6v58h-6" strokeWidth={3} className={accent} />
      <rect x="22" y="80" width="36" height="5" rx="2.5" strokeWidth={3} className={accent} />
      <ellipse cx="40" cy="82.5" rx="24" ry="9" strokeDasharray="3 4" />
      <path d="M64 82l32-10" strokeDasharray="3 4" />
      <circle cx="120" cy="50" r="30" />
      <rect x="98" y="45" width="44" height="10" rx="5" strokeWidth={4} className={accent} />
      <path d="M108 26l2 5 5 2-5 2-2 5-2-5-5-2 5-2zM134 62l2 5 5 2-5 2-2 5-2-5-5-2 5-2z" />
    </DrawingSvg>
  );
}
