// Build step: React and the other libraries that ship CommonJS reach the bundle wrapped, each in an
// arrow function Rolldown calls the first time the module is needed. V8 compiles an arrow only when
// it is called: on the main thread, as the app starts, parsing react-dom's 200 KB a second time.
// Written as a function expression in parentheses, which V8 takes for one about to be called, it is
// compiled while the script is still arriving, off the main thread: on the throttled phone, the
// work left once react-dom has arrived is about 20 ms shorter (README "First paint").
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** Rolldown's wrapper, as the chunk is rendered (before it is minified). */
const arrowWrapper = /__commonJSMin\(\(\(([\w$, ]*)\) => \{/g;
const wrapperCall = '__commonJSMin((';

/**
 * `code` with each CommonJS wrapper's head written as a function expression (the body and its
 * closing stay as they are), or null when it has none. Throws on a wrapper of another shape, so a
 * new Rolldown cannot quietly undo this.
 */
export function compileWrappersEagerly(code: string): { code: string; map: string } | null {
  const wrappers = code.split(wrapperCall).length - 1;
  const arrows = [...code.matchAll(arrowWrapper)];
  if (arrows.length !== wrappers) {
    throw new Error(`${wrappers - arrows.length} CommonJS wrapper(s) of an unknown shape`);
  }
  if (arrows.length === 0) return null;
  const rewritten = new MagicString(code);
  for (const arrow of arrows) {
    const head = `${wrapperCall}function (${arrow[1] ?? ''}) {`;
    rewritten.overwrite(arrow.index, arrow.index + arrow[0].length, head);
  }
  return { code: rewritten.toString(), map: rewritten.generateMap({ hires: true }).toString() };
}

export function eagerCommonJs(): Plugin {
  return {
    name: 'eager-commonjs-wrappers',
    apply: 'build',
    renderChunk: (code) => compileWrappersEagerly(code),
  };
}
