import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepIndexMarkdown } from '../../src/share/stepIndex';

/** A Markdown table's cells, so column padding added by a formatter does not matter. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .filter((row) => !/^\|[\s:|-]+\|$/.test(row))
    .map((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

describe('the README', () => {
  it('lists exactly the steps the machine has (its step index is generated, not hand-kept)', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const between = /<!-- step-index:start -->([\s\S]*?)<!-- step-index:end -->/.exec(readme);
    expect(between, 'README.md needs the step-index markers').not.toBeNull();
    expect(cells(between?.[1] ?? ''), stepIndexMarkdown()).toEqual(cells(stepIndexMarkdown()));
  });
});
