// What the wizard machine remembers, and what it tells listeners (the incident recorder) as the
// person moves: everything a record needs travels in the event, so no listener reads the actor.
import type { Language } from '../i18n';
import type { AnswerId } from './steps';
import type { CheckId, StepId } from './tree';

export interface WizardContext {
  /** Steps from the start to the current one; the last entry is where the person is. */
  trail: StepId[];
  /** The latest answer given at each check, kept when the person goes back. */
  answers: Partial<Record<CheckId, AnswerId>>;
  /** The check the outcome is credited to: the fix that worked, or where the person stopped. */
  endedAt: CheckId | null;
  /** Where "not charged" leads from the charged question; null: the default, a sign-in. */
  afterCharged: StepId | null;
  /** Where "not charged" led each time the charged question is on the trail, so Back keeps it. */
  chargedPlans: (StepId | null)[];
  /** The sign-in test that last worked: the fix, once the customer is known not charged. */
  fixedAt: CheckId | null;
  /** The answer that reached the current screen; null when a link, a jump or Back opened it. */
  via: AnswerId | null;
  /**
   * The response code (应答码) the person looked up and followed into the checks; null: none.
   * A snapshot saved before codes existed has none at all.
   */
  code: string | null;
  /**
   * The language on screen, as the app last said (`language.set`); kept over a restart, as it
   * is no progress. A wizard never told (a test, a snapshot saved before) has none.
   */
  language?: Language;
}

/** What the machine tells listeners (the incident recorder) as the person moves. */
export type WizardEmitted =
  | {
      type: 'step.shown';
      step: StepId;
      /** The check an outcome is credited to (the context's endedAt), as the record keeps it. */
      endedAt: CheckId | null;
      /** The response code the walk follows, if any. */
      code: string | null;
      /** The language the person walks in. */
      language: Language;
    }
  | { type: 'step.answered'; step: CheckId; answer: AnswerId };

export type StepShown = Extract<WizardEmitted, { type: 'step.shown' }>;

export const currentStep = (context: WizardContext): StepId => context.trail.at(-1) ?? 'start';

/** The language of a wizard never told one: English, as the app's own fallback (useLanguage). */
const untoldLanguage: Language = 'en';

/** The screen `context` is on, announced: on entering a step, and for the one a page opens on. */
export const stepShown = (context: WizardContext): StepShown => ({
  type: 'step.shown',
  step: currentStep(context),
  endedAt: context.endedAt,
  code: context.code ?? null,
  language: context.language ?? untoldLanguage,
});
