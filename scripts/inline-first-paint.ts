// Build step, after the pages are drawn (prerender-pages.ts): what a page needs for its first paint
// comes inside the page, so a phone paints it one round trip after asking for it, not two. The
// stylesheets and the opening script are written into each page, allowed by their hashes in the
// page's CSP (no 'unsafe-inline'), and the app's code is fetched from the start (modulepreload)
// instead of after the first paint: with nothing else to fetch before it, it no longer holds the
// paint back. The words of the page's language are fetched alongside (src/app/prerender/).
// The service worker's copy of each page (src/places/pages.ts) links them instead: from the cache
// they cost no round trip, and the precache holds the stylesheet once, not in every page.
import { createHash } from 'node:crypto';

/** A CSP source for an inline element with exactly `text` inside. */
export const cspHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export interface FirstPaint {
  /** Each stylesheet the build emitted, by its URL, and its text. */
  stylesheets: ReadonlyMap<string, string>;
  /** The opening script's URL in the page, and its text. */
  openingScript: { src: string; text: string };
  /** The app's code for its first screen, in the order it is imported (start.tsx and its imports). */
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

/** `html` asking for the app's code and its words from the start, as the browser reads its head. */
export function preloadFirstScreen(
  html: string,
  page: Pick<FirstPaint, 'appCode' | 'words'>,
): string {
  const preloads = page.appCode.map(
    (href) => `<link rel="modulepreload" crossorigin href="${href}">`,
  );
  // First thing after the policy: the fetches start before the browser has read the page.
  const policy = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/;
  if (!policy.test(html)) throw new Error('the page has no CSP meta tag');
  return html
    .replace(policy, (meta) => `${meta}${preloads.join('')}`)
    .replace(
      /<html([^>]*)>/,
      (_tag, attributes: string) =>
        `<html${attributes} data-words="${escapeAttribute(JSON.stringify(page.words))}">`,
    );
}

/** `html` with its stylesheets and opening script inside it, allowed by hash, and its code preloaded. */
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
  inlined = preloadFirstScreen(inlined, page);
  inlined = allow(allow(inlined, 'style-src', styleHashes), 'script-src', [scriptHash]);
  return {
    html: inlined,
    hashes: { scripts: new Set([scriptHash]), styles: new Set(styleHashes) },
  };
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
