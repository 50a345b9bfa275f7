import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

export function Cables({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="6" y="8" width="56" height="84" rx="6" />
      <path d="M16 20h36M16 26h36" />
      <rect x="62" y="24" width="18" height="14" rx="2" strokeWidth={3} className={accent} />
      <path d="M80 28h6v6h-6M86 31c24 0 30-14 74-14" />
      <rect x="62" y="60" width="22" height="16" rx="1" strokeWidth={3} className={accent} />
      <path d="M68 60v-4h10v4M84 63h6v10h-6M90 68c24 0 30 14 70 14" />
      <path d="M142 26l-6 9h8l-6 9" />
      <path d="M124 64h10v-7h-10zM144 64h10v-7h-10zM129 64v4h20v-4M139 68v4" />
      <path d="M104 12H76m5-5-5 5 5 5M104 90H76m5-5-5 5 5 5" strokeWidth={3} className={accent} />
    </DrawingSvg>
  );
}
