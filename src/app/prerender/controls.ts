// How a tap made on the page drawn at build time reaches the app: the opening script names the
// button (its words, and which of the buttons with those words it is), the app finds its own
// button by that name once it has drawn the same page (src/app/EarlyTaps.tsx).

const wordsOf = (control: Element) => (control.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A button's name among the buttons of `page`. */
export function controlName(control: Element, page: ParentNode): string {
  const words = wordsOf(control);
  const alike = [...page.querySelectorAll('button')].filter((other) => wordsOf(other) === words);
  return JSON.stringify([words, alike.indexOf(control as HTMLButtonElement)]);
}

/** The button of `page` that `name` (from controlName) names, if it has one. */
export function namedControl(name: string, page: ParentNode): HTMLButtonElement | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(name);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const [words, index]: unknown[] = parsed;
  if (typeof words !== 'string' || typeof index !== 'number') return null;
  const alike = [...page.querySelectorAll('button')].filter((other) => wordsOf(other) === words);
  return alike[index] ?? null;
}

/** Where the opening script leaves what was done before the app ran: attributes of `<html>`. */
export const earlyKeys = {
  /** controlName of the last button tapped. */
  tap: 'data-early-tap',
  /** `[index of the text field among the page's, its text]`, as JSON. */
  typed: 'data-early-typed',
} as const;
