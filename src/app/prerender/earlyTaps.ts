// Part of the opening script: a tap on the page drawn at build time, made before the app runs, is
// not lost. The button tapped says at once that it is starting (aria-busy, drawn in src/app/styles/),
// the connection line says the app is loading (a polite status), and the app carries out the last
// button tapped once it has drawn the page (src/app/EarlyTaps.tsx). Text typed into a field is
// handed over too, and so is keyboard focus on a button or link. Links stay plain links: they open
// their own page.
import { controlName, controls, earlyKeys } from './controls';

const root = document.documentElement;

/** The shown copy of the drawn page that `target` is in, if it is one. */
const copyOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('.prerendered') : null;

function holdTap(event: MouseEvent): void {
  const control = event.target instanceof Element ? event.target.closest('button') : null;
  const copy = copyOf(control);
  if (!control || !copy) return;
  event.preventDefault();
  for (const busy of copy.querySelectorAll('[aria-busy]')) busy.removeAttribute('aria-busy');
  control.setAttribute('aria-busy', 'true');
  root.setAttribute(earlyKeys.tap, controlName(control, copy));
  const status = copy.querySelector('[role="status"]');
  if (status && copy.dataset.starting) status.textContent = copy.dataset.starting;
}

function keepTyped(event: Event): void {
  const field = event.target;
  const copy = copyOf(field);
  if (!copy || !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  const index = [...copy.querySelectorAll('input, textarea')].indexOf(field);
  root.setAttribute(earlyKeys.typed, JSON.stringify([index, field.value]));
}

// A keyboard user who tabbed to a button keeps their place when the app redraws the page.
function keepFocus(event: FocusEvent): void {
  const control = event.target instanceof Element ? event.target.closest(controls) : null;
  const copy = copyOf(control);
  if (control && copy) root.setAttribute(earlyKeys.focused, controlName(control, copy));
}

// A tap beside the controls takes focus off them (removing the drawn page, which also blurs, is no
// such move).
function forgetFocus(event: PointerEvent): void {
  if (!(event.target instanceof Element && event.target.closest(controls))) {
    root.removeAttribute(earlyKeys.focused);
  }
}

export function holdEarlyTaps(): void {
  // Captured: before anything else on the page sees the tap.
  document.addEventListener('click', holdTap, true);
  document.addEventListener('input', keepTyped, true);
  document.addEventListener('pointerdown', forgetFocus, true);
  document.addEventListener('focusin', keepFocus, true);
}
