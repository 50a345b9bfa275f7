// The quick reference's table of response codes, in the language on screen: every code of the
// lookup, with its meaning, its kind in words and what to do; readable by axe's rules. (That it
// prints on a sheet of its own is in quick-reference-print.e2e.ts.)
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { codeWords } from './support/codes';
import { referencePath, trainerWords } from './support/trainer';
import { expectCleanRun, expectH1, useBrowser, type Lang } from './support/wizard';

describe('the quick reference’s code table', () => {
  const { open } = useBrowser();

  it.each<Lang>(['en', 'zh-CN'])('lists every code in %s, axe-clean', async (lang) => {
    const words = codeWords[lang];
    const opened = await open(referencePath('quick', lang));
    const { page } = opened;
    await expectH1(page, trainerWords[lang].reference.quick.title);
    const table = page.getByRole('table', { name: words.table.caption, exact: true });
    await table.waitFor();

    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual([
      words.table.code,
      words.table.meaning,
      words.table.kind,
      words.table.whatNow,
    ]);
    // Codes with the same words share a row: "12, 22, 25".
    const listed = (await table.getByRole('rowheader').allTextContents()).flatMap((cell) =>
      cell.split(', '),
    );
    expect([...listed].sort()).toEqual(Object.keys(words.codes).sort());

    const row51 = table.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: '51', exact: true }),
    });
    expect(await row51.getByRole('cell').allTextContents()).toEqual([
      words.codes['51'].title,
      words.kinds.noRetry,
      words.codes['51'].todo.join(' '),
    ]);

    await expectNoAxeViolations(page);
    await expectCleanRun(opened);
  });
});
