// The words, one file per language and concern. The English file is the type: a key missing
// from another language is a compile error (an extra one is caught by the content test).
import enSteps from '../../content/e1/en.json';
import zhSteps from '../../content/e1/zh-CN.json';
import type enLog from '../../content/log/en.json';
import type enShare from '../../content/share/en.json';
import type enTrainer from '../../content/trainer/en.json';
import enUi from '../../content/ui/en.json';
import zhUi from '../../content/ui/zh-CN.json';
import type { Language } from './languages';

export type StepWords = typeof enSteps;
export type UiWords = typeof enUi;
export type LogWords = typeof enLog;
export type ShareWords = typeof enShare;
export type TrainerWords = typeof enTrainer;

export const stepWords: Record<Language, StepWords> = { en: enSteps, 'zh-CN': zhSteps };
export const uiWords: Record<Language, UiWords> = { en: enUi, 'zh-CN': zhUi };

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
