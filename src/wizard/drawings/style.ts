export interface DrawingProps {
  label: string;
}

// The marks drawn in the accent colour, by class (src/app/styles/), not by an inline style:
// the pages drawn at build time carry no style attribute, which the CSP refuses.
export const accent = 'mark-accent';
export const accentFill = 'mark-accent-fill';
/** A chip, tinted with the accent colour. */
export const chipFill = 'mark-chip';
/** A card's face, in the page's own colour. */
export const paperFill = 'mark-paper';
