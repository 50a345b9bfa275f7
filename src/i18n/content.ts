// The words, one file per language and concern. The English file is the type: a key missing
// from another language is a compile error (an extra one is caught by the content test).
import type enCodes from '../../content/codes/en.json';
import type enSteps from '../../content/e1/en.json';
import type enLog from '../../content/log/en.json';
import type enShare from '../../content/share/en.json';
import type enTrainer from '../../content/trainer/en.json';
import type enUi from '../../content/ui/en.json';
import type { Language } from './languages';

export type StepWords = typeof enSteps;
export type UiWords = typeof enUi;
export type LogWords = typeof enLog;
export type ShareWords = typeof enShare;
export type TrainerWords = typeof enTrainer;
export type CodeWords = typeof enCodes;

/** The interface words: only the language in use is loaded (src/app/opening.ts, before the first render). */
export const loadUiWords: Record<Language, () => Promise<{ default: UiWords }>> = {
  en: () => import('../../content/ui/en.json'),
  'zh-CN': () => import('../../content/ui/zh-CN.json'),
};

/** The steps' words, loaded like the interface words. */
export const loadStepWords: Record<Language, () => Promise<{ default: StepWords }>> = {
  en: () => import('../../content/e1/en.json'),
  'zh-CN': () => import('../../content/e1/zh-CN.json'),
};

/** The log's words load with the log's code, so the first screen does not carry them. */
export const loadLogWords: Record<Language, () => Promise<{ default: LogWords }>> = {
  en: () => import('../../content/log/en.json'),
  'zh-CN': () => import('../../content/log/zh-CN.json'),
};

/** The support agent's words (share, step index, handoff) load with share's lazy screens. */
export const loadShareWords: Record<Language, () => Promise<{ default: ShareWords }>> = {
  en: () => import('../../content/share/en.json'),
  'zh-CN': () => import('../../content/share/zh-CN.json'),
};

/** The trainer's words (flowchart, practice, reference pages) load with the trainer's screens. */
export const loadTrainerWords: Record<Language, () => Promise<{ default: TrainerWords }>> = {
  en: () => import('../../content/trainer/en.json'),
  'zh-CN': () => import('../../content/trainer/zh-CN.json'),
};

/** The response-code lookup's words load with its page, so the first screen does not carry them. */
export const loadCodeWords: Record<Language, () => Promise<{ default: CodeWords }>> = {
  en: () => import('../../content/codes/en.json'),
  'zh-CN': () => import('../../content/codes/zh-CN.json'),
};
