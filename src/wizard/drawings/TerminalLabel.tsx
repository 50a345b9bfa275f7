import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

export function TerminalLabel({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="44" y="4" width="72" height="92" rx="8" />
      <path d="M66 14h28M66 19h28" />
      <rect x="52" y="32" width="56" height="46" rx="2" strokeWidth={3} className={accent} />
      <text
        x="58"
        y="47"
        fontSize="10"
        fontWeight="bold"
        fontFamily="system-ui, sans-serif"
        fill="currentColor"
        stroke="none"
      >
        SN
      </text>
      <text x="77" y="47" fontSize="9" fontFamily="monospace" fill="currentColor" stroke="none">
        xxxxx
      </text>
      <path
        d="M58 54v16M61 54v16M65 54v16M67 54v16M71 54v16M74 54v16M78 54v16M80 54v16M83 54v16M87 54v16M90 54v16M94 54v16M96 54v16M99 54v16M102 54v16"
        strokeWidth={1.5}
        strokeLinecap="butt"
      />
      <path d="M150 55h-30m6-6-6 6 6 6" strokeWidth={3} className={accent} />
    </DrawingSvg>
  );
}
