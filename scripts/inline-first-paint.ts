// Build step, after the pages are drawn (prerender-pages.ts): what a page needs for its first paint
// comes inside the page, so a phone paints it one round trip after asking for it, not two. The
// stylesheets and the opening script are written into each page, allowed by their hashes in the
// page's CSP (no 'unsafe-inline'). The app's code for the page, and the words of each language,
// are listed for the opening script, which fetches them all at once right after the first paint
// (src/app/prerender/opening-script.ts), instead of one after another as the code asks.
// The service worker's copy of each page (src/places/pages.ts) links the stylesheets and the
// opening script instead: from the cache they cost no round trip, and the precache holds the
// stylesheet once, not in every page.
import { createHash } from 'node:crypto';

/** A CSP source for an inline element with exactly `text` inside. */
export const cspHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface FirstPaint {
  /** Each stylesheet the build emitted, by its URL, and its text. */
  stylesheets: ReadonlyMap<string, string>;
  /** The opening script's URL in the page, and its text. */
  openingScript: { src: string; text: string };
  /** The app's code for its first screen: opening.ts, start.tsx and what they import. */
  appCode: readonly string[];
  /** Per language, the word files the page's first screen loads. */
  words: Readonly<Record<string, readonly string[]>>;
}

/** The hashes a page's CSP allows its inline elements by. */
export interface FirstPaintHashes {
  scripts: ReadonlySet<string>;
  styles: ReadonlySet<string>;
}

/** Adds `sources` to the `directive` of the page's CSP meta tag. */
function allow(html: string, directive: string, sources: readonly string[]): string {
  if (sources.length === 0) return html;
  const pattern = new RegExp(
    `(http-equiv="Content-Security-Policy"[^>]*content="[^"]*${directive} 'self')`,
  );
  const allowed = html.replace(pattern, `$1 ${sources.join(' ')}`);
  if (allowed === html) throw new Error(`the page's CSP has no ${directive} 'self'`);
  return allowed;
}

/**
 * `html` listing the app's code for its first screen and the words per language, which the opening
 * script fetches once the page is painted (src/app/prerender/opening-script.ts).
 */
export function listFirstScreenFiles(
  html: string,
  page: Pick<FirstPaint, 'appCode' | 'words'>,
): string {
  const listed = html.replace(
    /<html([^>]*)>/,
    (_tag, attributes: string) =>
      `<html${attributes} data-code="${escapeAttribute(JSON.stringify(page.appCode))}" ` +
      `data-words="${escapeAttribute(JSON.stringify(page.words))}">`,
  );
  if (listed === html) throw new Error('the page has no <html> tag');
  return listed;
}

/** `html` with its stylesheets and opening script inside it, allowed by hash, and its code listed. */
export function inlineFirstPaint(
  html: string,
  page: FirstPaint,
): { html: string; hashes: FirstPaintHashes } {
  const styleHashes: string[] = [];
  let inlined = html.replace(
    /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)">/g,
    (link, href: string) => {
      const css = page.stylesheets.get(href);
      if (css === undefined) return link;
      styleHashes.push(cspHash(css));
      // The disabled link fetches nothing; it tells Vite's loader of lazy parts that this
      // stylesheet is in the page already, so none of them fetches it again.
      return `<style>${css}</style><link rel="stylesheet" href="${href}" disabled>`;
    },
  );
  const script = `<script src="${page.openingScript.src}"></script>`;
  if (!inlined.includes(script)) throw new Error('the page has no opening script');
  if (page.openingScript.text.includes('</script')) {
    throw new Error('the opening script ends early');
  }
  inlined = inlined.replace(script, () => `<script>${page.openingScript.text}</script>`);
  const scriptHash = cspHash(page.openingScript.text);
  inlined = listFirstScreenFiles(inlined, page);
  inlined = allow(allow(inlined, 'style-src', styleHashes), 'script-src', [scriptHash]);
  return {
    html: inlined,
    hashes: { scripts: new Set([scriptHash]), styles: new Set(styleHashes) },
  };
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
