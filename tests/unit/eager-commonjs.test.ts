import { describe, expect, it } from 'vitest';
import { compileWrappersEagerly } from '../../scripts/eager-commonjs';

// Rolldown's helper and two modules, as a chunk is rendered before it is minified.
const chunk = `var __commonJSMin = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);
var require_a = /* @__PURE__ */ __commonJSMin(((exports) => {
  exports.answer = () => 42;
}));
var require_b = /* @__PURE__ */ __commonJSMin(((exports, module) => {
  module.exports = { doubled: require_a().answer() * 2 };
}));
export const doubled = require_b().doubled;`;

describe('the CommonJS wrappers written for eager compiling', () => {
  it('become parenthesized function expressions, and the modules work as before', async () => {
    const result = compileWrappersEagerly(chunk);
    expect(result?.code).toContain('__commonJSMin((function (exports) {');
    expect(result?.code).toContain('__commonJSMin((function (exports, module) {');
    expect(result?.code).not.toContain('=> {\n');
    const url = `data:text/javascript,${encodeURIComponent(result?.code ?? '')}`;
    const module = (await import(/* @vite-ignore */ url)) as { doubled: number };
    expect(module.doubled).toBe(84);
  });

  it('leaves a chunk without wrappers alone', () => {
    expect(compileWrappersEagerly('export const a = 1;')).toBeNull();
  });

  it('stops the build on a wrapper of a shape it does not know', () => {
    expect(() => compileWrappersEagerly('var r = __commonJSMin((function (e) {}));')).toThrow(
      /unknown shape/,
    );
  });
});
