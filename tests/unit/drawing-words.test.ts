// Each check's drawing says what its words say: its accessible label names the things the
// step's own words ask for, in both languages, and no drawing is shared by two checks.
import { describe, expect, it } from 'vitest';
import { languages, stepWords, uiWords, type Language } from '../../src/i18n';
import { checkSteps, type CheckId } from '../../src/wizard';
import type { DrawingId } from '../../src/wizard/tree';

/**
 * What each drawing shows, as the step's words put it: every term must be in the drawing's label
 * and in the step's title, detail or checklist.
 */
const shown: Record<DrawingId, { check: CheckId } & Record<Language, readonly string[]>> = {
  signalBars: {
    check: 'network.signal',
    en: ['top of the POS screen', 'signal bars', 'Wi-Fi', 'SIM', 'time', 'battery'],
    'zh-CN': ['POS机屏幕顶部', '信号格', 'Wi-Fi', 'SIM', '时间', '电量'],
  },
  simSlot: {
    check: 'network.reconnect',
    en: ['SIM', 'back in firmly'],
    'zh-CN': ['SIM', '重新插紧'],
  },
  cardChip: {
    // Wipe the chip, insert it chip first, never swipe: three pictures, in the words' order.
    check: 'card.insert',
    en: ['cloth', 'chip first', 'swipe'],
    'zh-CN': ['布', '擦', '芯片朝里插卡', '刷磁条'],
  },
  shieldedKeypad: {
    check: 'pin.reenter',
    en: ['shield', 'keypad'],
    'zh-CN': ['遮住键盘'],
  },
  cables: {
    check: 'hardware.cables',
    en: ['Power', 'network cables', 'firmly'],
    'zh-CN': ['电源线', '网线', '插紧'],
  },
  battery: {
    check: 'hardware.battery',
    en: ['battery', 'charge'],
    'zh-CN': ['电', '充'],
  },
  readerSlot: {
    check: 'hardware.reader',
    en: ['chip slot', 'swipe groove', 'clean', 'undamaged'],
    'zh-CN': ['芯片插卡口', '刷卡槽', '干净'],
  },
  screenDate: {
    check: 'config.datetime',
    en: ['date and time'],
    'zh-CN': ['日期', '时间'],
  },
  terminalLabel: {
    check: 'escalate.call',
    en: ['SN', 'label'],
    'zh-CN': ['SN', '标签'],
  },
};

const drawn = checkSteps.flatMap((step) =>
  step.check.drawing ? [{ check: step.id, drawing: step.check.drawing }] : [],
);

function stepText(check: CheckId, language: Language): string {
  const words = stepWords[language][check];
  const checklist = 'checklist' in words ? words.checklist : [];
  return [words.title, words.detail, ...checklist].join('\n');
}

describe('the drawings', () => {
  it('are each drawn on one check only, the one their words belong to', () => {
    expect(new Set(drawn.map(({ drawing }) => drawing)).size).toBe(drawn.length);
    expect(Object.fromEntries(drawn.map(({ check, drawing }) => [drawing, check]))).toEqual(
      Object.fromEntries(Object.entries(shown).map(([id, { check }]) => [id, check])),
    );
  });

  for (const language of languages) {
    it(`name in their label what their step's words say, in ${language}`, () => {
      for (const { check, drawing } of drawn) {
        const label = uiWords[language].drawings[drawing].toLowerCase();
        const words = stepText(check, language).toLowerCase();
        for (const term of shown[drawing][language]) {
          expect(label, `${drawing}'s label`).toContain(term.toLowerCase());
          expect(words, `${check}'s words`).toContain(term.toLowerCase());
        }
      }
    });
  }

  it('show a chip card being wiped, inserted chip first and not swiped, as card.insert says', () => {
    // The words say "do not swipe": the drawing crosses the swipe out, it never suggests one.
    expect(stepWords.en['card.insert'].detail).toMatch(/Do not swipe/);
    expect(uiWords.en.drawings.cardChip).toMatch(/swipe crossed out/);
    expect(stepWords['zh-CN']['card.insert'].detail).toMatch(/不要刷磁条/);
    expect(uiWords['zh-CN'].drawings.cardChip).toMatch(/刷磁条被划掉/);
  });
});
