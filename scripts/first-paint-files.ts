// Build step: which of the build's files a page's first paint and first screen need, read from
// the bundle (for inline-first-paint.ts), and the CSP a host sends with those pages.
import path from 'node:path';
import type { Rollup } from 'vite';
import type { FirstPaint, FirstPaintHashes } from './inline-first-paint.ts';

/** Where the build writes the Content-Security-Policy header a host sends (README). */
export const cspFile = 'content-security-policy.txt';

/** An emitted asset's text. */
export const textOf = (source: string | Uint8Array): string =>
  typeof source === 'string' ? source : Buffer.from(source).toString();

const chunksOf = (bundle: Rollup.OutputBundle) =>
  Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');

/** The files of the chunk built from `module` and what it imports, but the entry (fetched already). */
function codeOf(bundle: Rollup.OutputBundle, root: string, module: string): string[] {
  const id = path.join(root, module);
  const chunk = chunksOf(bundle).find((item) => item.facadeModuleId === id);
  if (!chunk) throw new Error(`the build has no chunk for ${module}`);
  const imports = chunk.imports.filter((file) => !(bundle[file] as Rollup.OutputChunk).isEntry);
  return [chunk.fileName, ...imports];
}

/**
 * Every stylesheet; the app's code for its first screen (opening.ts, start.tsx and what they
 * import), and what a check's first screen adds: its share button (src/app/opening.ts loads it
 * before drawing).
 */
export function firstPaintOf(
  bundle: Rollup.OutputBundle,
  root: string,
  base: string,
): Pick<FirstPaint, 'stylesheets' | 'appCode'> & { checkCode: string[] } {
  const stylesheets = new Map<string, string>();
  for (const item of Object.values(bundle)) {
    if (item.type !== 'asset' || !item.fileName.endsWith('.css')) continue;
    stylesheets.set(`${base}${item.fileName}`, textOf(item.source));
  }
  // The app starts in two parts (src/app/main.tsx): its opening, and React's part that draws it.
  const appCode = [
    ...new Set([
      ...codeOf(bundle, root, 'src/app/start.tsx'),
      ...codeOf(bundle, root, 'src/app/opening.ts'),
    ]),
  ];
  const shareStep = codeOf(bundle, root, 'src/share/screens/ShareStep.tsx');
  const href = (file: string) => `${base}${file}`;
  return {
    stylesheets,
    appCode: appCode.map(href),
    checkCode: shareStep.filter((file) => !appCode.includes(file)).map(href),
  };
}

/**
 * Per language, the word files of the first screen: the interface's (the start screen draws with
 * them alone), the steps' (every other page's first screen) and, on a check, the share button's.
 */
export function wordFiles(
  bundle: Rollup.OutputBundle,
  root: string,
  base: string,
): Record<'interfaceOnly' | 'withSteps' | 'onCheck', FirstPaint['words']> {
  const fileOf = (words: string) => {
    const module = path.join(root, words);
    const chunk = chunksOf(bundle).find((item) => item.moduleIds.includes(module));
    if (!chunk) throw new Error(`the build has no chunk for ${words}`);
    return `${base}${chunk.fileName}`;
  };
  const languages = chunksOf(bundle)
    .flatMap((chunk) => chunk.moduleIds)
    .map((id) => /\/content\/ui\/([\w-]+)\.json$/.exec(id)?.[1])
    .filter((language) => language !== undefined);
  const perLanguage = (folders: string[]) =>
    Object.fromEntries(
      languages.map((language) => [
        language,
        folders.map((folder) => fileOf(`content/${folder}/${language}.json`)),
      ]),
    );
  return {
    interfaceOnly: perLanguage(['ui']),
    withSteps: perLanguage(['ui', 'e1']),
    onCheck: perLanguage(['ui', 'e1', 'share']),
  };
}

/** The CSP of a built page (before inline-first-paint.ts adds its hashes). */
export function cspOf(html: string): string {
  const policy = /http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/.exec(html)?.[1];
  if (policy === undefined) throw new Error('the page has no CSP');
  return policy;
}

/** `policy` allowing the inline scripts and styles of every page: one header serves them all. */
export function cspHeader(policy: string, allowed: FirstPaintHashes): string {
  const withHashes = policy
    .replace("script-src 'self'", ["script-src 'self'", ...allowed.scripts].join(' '))
    .replace("style-src 'self'", ["style-src 'self'", ...allowed.styles].join(' '));
  return `Content-Security-Policy: ${withHashes}\n`;
}
