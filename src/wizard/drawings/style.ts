import type { CSSProperties } from 'react';

export interface DrawingProps {
  label: string;
}

// Inline style, not a presentation attribute, so var() works in every browser.
export const accent: CSSProperties = { stroke: 'var(--accent, #0b5394)' };
export const accentFill: CSSProperties = {
  stroke: 'var(--accent, #0b5394)',
  fill: 'var(--accent, #0b5394)',
};
