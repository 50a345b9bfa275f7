// How a tap made on the page drawn at build time reaches the app: the opening script names the
// control (its words, and which of the controls with those words it is), the app finds its own
// button by that name once it has drawn the same page (src/app/EarlyTaps.tsx).

/** What can be tapped or focused on a drawn page: named alike on the drawn page and the app's. */
export const controls = 'button, a[href]';

const wordsOf = (control: Element) => (control.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The controls of `page` with `words`, in page order. */
const alikeOf = (words: string, page: ParentNode) =>
  [...page.querySelectorAll<HTMLElement>(controls)].filter((other) => wordsOf(other) === words);

/** A control's name among the controls of `page`. */
export function controlName(control: Element, page: ParentNode): string {
  const words = wordsOf(control);
  return JSON.stringify([words, alikeOf(words, page).indexOf(control as HTMLElement)]);
}

/** The control of `page` that `name` (from controlName) names, if it has one. */
export function namedControl(name: string, page: ParentNode): HTMLElement | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(name);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const [words, index]: unknown[] = parsed;
  if (typeof words !== 'string' || typeof index !== 'number') return null;
  return alikeOf(words, page)[index] ?? null;
}

/** Where the opening script leaves what was done before the app ran: attributes of `<html>`. */
export const earlyKeys = {
  /** controlName of the last button tapped. */
  tap: 'data-early-tap',
  /** `[index of the text field among the page's, its text]`, as JSON. */
  typed: 'data-early-typed',
  /** controlName of the button or link that had keyboard focus (the app's copy takes it over). */
  focused: 'data-early-focus',
} as const;
