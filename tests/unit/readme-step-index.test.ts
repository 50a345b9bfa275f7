import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepIndexMarkdown } from '../../src/share/stepIndex';
import { resolveStepParam } from '../../src/wizard';

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

  it('keeps every step id it ever published a working link', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const renamed = /<!-- renamed-steps:start -->([\s\S]*?)<!-- renamed-steps:end -->/.exec(readme);
    const rows = cells(renamed?.[1] ?? '').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const [old = '', now = ''] of rows) {
      expect(resolveStepParam(old.replace(/`/g, '')), old).toBe(now.replace(/`/g, ''));
    }
  });
});
