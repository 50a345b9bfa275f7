import type { JSX } from 'react';
import { DrawingSvg } from './DrawingSvg';
import { accent, type DrawingProps } from './style';

export function CardChip({ label }: DrawingProps): JSX.Element {
  return (
    <DrawingSvg label={label}>
      <rect x="24" y="4" width="48" height="72" rx="4" />
      <rect
        x="41"
        y="52"
        width="14"
        height="16"
        rx="2"
        strokeWidth={2.5}
        style={{ ...accent, fill: 'var(--accent, #0b5394)', fillOpacity: 0.2 }}
      />
      <path d="M41 60h14M48 52v5M48 63v5" style={accent} />
      <circle cx="48" cy="60" r="14" strokeWidth={2.5} style={accent} />
      <path d="M86 14v56m-7-7 7 7 7-7" strokeWidth={3} style={accent} />
      <path d="M8 98V88h88v10" />
      <path d="M22 92h52" strokeWidth={4} />
      <circle cx="130" cy="50" r="25" strokeWidth={3} />
      <rect x="116" y="44" width="28" height="18" rx="2" />
      <path d="M116 49h28" strokeWidth={3} />
      <path d="M114 36h30m-4-4 4 4-4 4" />
      <path d="M112 32l36 36" strokeWidth={3} />
    </DrawingSvg>
  );
}
