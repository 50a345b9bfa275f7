import type { JSX, ReactNode } from 'react';
import type { DrawingProps } from './style';

/** The frame all check drawings share: one size, line-art defaults, one image named `label`. */
export function DrawingSvg({
  label,
  children,
}: DrawingProps & { children: ReactNode }): JSX.Element {
  return (
    <svg
      viewBox="0 0 160 100"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      role="img"
      aria-label={label}
      focusable="false"
    >
      {children}
    </svg>
  );
}
