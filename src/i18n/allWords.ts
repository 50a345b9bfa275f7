// Every language's step and interface words at once, for what shows several languages side by
// side or in another language than the screen's (the step index, the handoff text, the checks
// on content). Only lazily loaded code imports it, so the first screen carries one language.
import enSteps from '../../content/e1/en.json';
import zhSteps from '../../content/e1/zh-CN.json';
import enUi from '../../content/ui/en.json';
import zhUi from '../../content/ui/zh-CN.json';
import type { StepWords, UiWords } from './content';
import type { Language } from './languages';

export const stepWords: Record<Language, StepWords> = { en: enSteps, 'zh-CN': zhSteps };
export const uiWords: Record<Language, UiWords> = { en: enUi, 'zh-CN': zhUi };
