// An incident in words, as the log's rows and the CSV put it: the note's first words, where it
// ended, and the kind of end its row is marked with.
import { describe, expect, it } from 'vitest';
import { notePreview, outcomeTone, pathInWords, whereEnded } from '../../src/incidents/describe';
import type { Incident } from '../../src/db';
import { stepWords } from '../../src/i18n';
import { outcomeKinds } from '../../src/wizard';
import { fixedIncident } from '../fixtures/incidents';

describe("a note's first words", () => {
  it('keeps a short note whole, spaces tidied', () => {
    expect(notePreview('  SIM   reseated, works  ')).toBe('SIM reseated, works');
    expect(notePreview('')).toBe('');
  });

  it('takes the first line that has words', () => {
    expect(notePreview('\n\nCustomer paid by QR\nthen left')).toBe('Customer paid by QR');
  });

  it('cuts a long note at a space, with an ellipsis and no dangling comma', () => {
    const note =
      'The SIM was loose after the counter was cleaned, pushed it back in, sign-in worked';
    const preview = notePreview(note);
    expect(preview).toBe('The SIM was loose after the counter was cleaned…');
    expect(Array.from(preview).length).toBeLessThanOrEqual(49);
  });

  it('cuts Chinese, which has no spaces, at the length', () => {
    const note =
      '顾客说银行卡昨天刚办的，换了三次读卡方式都不行，最后用微信支付了，并留下了电话号码以便之后联系银行确认';
    const preview = notePreview(note, 20);
    expect(preview).toBe(`${Array.from(note).slice(0, 20).join('')}…`);
  });

  it('never cuts a character outside the BMP in half', () => {
    const preview = notePreview('𠀀'.repeat(30), 10);
    expect(preview).toBe(`${'𠀀'.repeat(10)}…`);
  });
});

describe('where an incident ended', () => {
  const open: Incident = {
    ...fixedIncident,
    outcome: 'open',
    endedAt: null,
    endedAtStep: null,
    steps: fixedIncident.steps.slice(0, 2),
  };

  it('names the check credited with the end', () => {
    expect(whereEnded(fixedIncident, stepWords.en)).toBe(stepWords.en['network.reconnect'].title);
  });

  it('names the check an open incident is at, through the words given', () => {
    const title = stepWords['zh-CN']['network.reconnect'].title;
    expect(whereEnded(open, stepWords['zh-CN'])).toBe(title);
    expect(whereEnded(open, stepWords['zh-CN'], (step) => `尚未结束：${step}`)).toBe(
      `尚未结束：${title}`,
    );
  });

  it('lists each step with its answer, the outcome last', () => {
    expect(pathInWords(fixedIncident, stepWords.en).at(-1)).toBe(
      stepWords.en['outcome.fixed'].title,
    );
    expect(pathInWords(fixedIncident, stepWords.en)[1]).toBe(
      `${stepWords.en['network.reconnect'].title} — ${stepWords.en['network.reconnect'].answers.works}`,
    );
  });
});

describe("a row's mark", () => {
  it('tells apart done, open, stopped and what still needs someone', () => {
    expect(outcomeTone('fixed')).toBe('done');
    expect(outcomeTone('already-paid')).toBe('done');
    expect(outcomeTone('open')).toBe('open');
    expect(outcomeTone('abandoned')).toBe('stopped');
    for (const kind of outcomeKinds.filter(
      (outcome) => !['fixed', 'already-paid', 'abandoned'].includes(outcome),
    )) {
      expect(outcomeTone(kind), kind).toBe('followUp');
    }
  });
});
