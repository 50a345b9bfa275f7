import { useEffect } from 'react';
import { earlyKeys, namedControl } from './prerender/controls';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** `[index of the field among the page's, its text]`, as the opening script wrote it. */
function typedField(typed: string, page: ParentNode): [Field, string] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typed);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const [index, text]: unknown[] = parsed;
  if (typeof index !== 'number' || typeof text !== 'string') return null;
  const field = page.querySelectorAll<Field>('input, textarea')[index];
  return field ? [field, text] : null;
}

/** Types `text` as a person would, so React sees the change. */
function enter(field: Field, text: string): void {
  const prototype = Object.getPrototypeOf(field) as Field;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * What was done on the page drawn at build time before the app ran (src/app/prerender/earlyTaps.ts),
 * carried out once the app has drawn the same page: text typed into a field, keyboard focus, and
 * the last button tapped. After every other effect of that first render (rendered last), so the
 * screens listen to what the tap does (the URL, the wizard), and the heading has taken focus before
 * the field or the control does.
 */
export function EarlyTaps() {
  useEffect(() => {
    const page = document.getElementById('root');
    const html = document.documentElement;
    const tap = html.getAttribute(earlyKeys.tap);
    const typed = html.getAttribute(earlyKeys.typed);
    const focused = html.getAttribute(earlyKeys.focused);
    for (const key of Object.values(earlyKeys)) html.removeAttribute(key);
    if (!page) return;
    const field = typed === null ? null : typedField(typed, page);
    if (field) {
      enter(...field);
      // The person was typing there.
      field[0].focus();
    } else if (focused !== null) {
      // The person had tabbed there.
      namedControl(focused, page)?.focus();
    }
    if (tap !== null) namedControl(tap, page)?.click();
  }, []);
  return null;
}
