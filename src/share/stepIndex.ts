import { stepWords, uiWords, type Language } from '../i18n';
import {
  checkSteps,
  outcomeIds,
  stageIds,
  type CheckId,
  type OutcomeId,
  type StageId,
} from '../wizard';

/** A group of the index: one per stage of the checks, then the outcomes. */
export type StepGroupId = StageId | 'outcome';

export interface StepIndexEntry {
  id: CheckId | OutcomeId;
  group: StepGroupId;
  en: string;
  zh: string;
}

export interface StepIndexGroup {
  id: StepGroupId;
  /** The stage's name in each language; the outcomes' group is named by the screen. */
  names: Record<Language, string> | null;
  entries: StepIndexEntry[];
}

const entryOf = (id: CheckId | OutcomeId, group: StepGroupId): StepIndexEntry => ({
  id,
  group,
  en: stepWords.en[id].title,
  zh: stepWords['zh-CN'][id].title,
});

/**
 * Every step a link can open, grouped by stage in the machine's order, then the outcomes, with
 * each title in both languages: the support agent's reference. A function, so the words of both
 * languages load only with the page that shows them.
 */
export function stepIndexGroups(): StepIndexGroup[] {
  const stages = stageIds.map((stage): StepIndexGroup => ({
    id: stage,
    names: { en: uiWords.en.stages[stage], 'zh-CN': uiWords['zh-CN'].stages[stage] },
    entries: checkSteps
      .filter((step) => step.stage === stage)
      .map((step) => entryOf(step.id, stage)),
  }));
  const outcomes: StepIndexGroup = {
    id: 'outcome',
    names: null,
    entries: outcomeIds.map((id) => entryOf(id, 'outcome')),
  };
  return [...stages, outcomes];
}

/** Every step a link can open, in the index's order. */
export function stepIndex(): StepIndexEntry[] {
  return stepIndexGroups().flatMap((group) => group.entries);
}

/**
 * A filter as typed, made comparable: full-width letters and digits (a Chinese keyboard's) read
 * as their plain forms, case ignored, split into words.
 */
export function filterWords(typed: string): string[] {
  return typed.normalize('NFKC').toLowerCase().split(/\s+/u).filter(Boolean);
}

/**
 * True when every word of the filter is found in the step's id, in its title in either language,
 * or in the name of its group (`groupNames`, in any language).
 */
export function matchesFilter(
  entry: StepIndexEntry,
  words: readonly string[],
  groupNames: readonly string[] = [],
): boolean {
  const text = [entry.id, entry.en, entry.zh, ...groupNames]
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}

/** The step index as a Markdown table, for the README. */
export function stepIndexMarkdown(): string {
  const rows = stepIndex().map(({ id, en, zh }) => `| \`${id}\` | ${en} | ${zh} |`);
  return ['| step id | English | 中文 |', '|---|---|---|', ...rows].join('\n');
}
