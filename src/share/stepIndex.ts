import { stepWords } from '../i18n';
import { checkSteps, outcomeIds, type StepId } from '../wizard';

export interface StepIndexEntry {
  id: StepId;
  en: string;
  zh: string;
}

/**
 * Every step a link can open, with its title in both languages: the support agent's reference.
 * A function, so the words of both languages load only with the page that shows them.
 */
export function stepIndex(): StepIndexEntry[] {
  return [...checkSteps.map((step) => step.id), ...outcomeIds].map((id) => ({
    id,
    en: stepWords.en[id].title,
    zh: stepWords['zh-CN'][id].title,
  }));
}

/** The step index as a Markdown table, for the README. */
export function stepIndexMarkdown(): string {
  const rows = stepIndex().map(({ id, en, zh }) => `| \`${id}\` | ${en} | ${zh} |`);
  return ['| step id | English | 中文 |', '|---|---|---|', ...rows].join('\n');
}
