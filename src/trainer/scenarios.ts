// The practice scenarios: what each fault makes the terminal do (content/scenarios/scenarios.json)
// and the words for it, one file per language keyed by scenario id. Checked once, on load.
import scenarioData from '../../content/scenarios/scenarios.json';
import enWords from '../../content/scenarios/en.json';
import zhWords from '../../content/scenarios/zh-CN.json';
import type { Language } from '../i18n';
import {
  answersOf,
  checkStep,
  isCheckId,
  isStageId,
  outcomeKinds,
  type AnswerId,
  type CheckId,
  type OutcomeKind,
  type StageId,
} from '../wizard';

/** The right move at a check: one of the answers it offers, or "Stop here". */
export type ScenarioMove = AnswerId | 'stop';

export interface Scenario {
  id: string;
  /** The stage where the fault lies. */
  stage: StageId;
  /** The right outcome, and the check it is reached from. */
  expected: { outcome: OutcomeKind; at: CheckId };
  /**
   * The checks whose answer the story itself already gives (the answer is the terminal's move
   * there): the trainee had it before the panel said anything. The shortest path is measured
   * from what these told (see shortestPath.ts).
   */
  told: readonly CheckId[];
  /** For each check the scenario plays, the move its terminal's behaviour calls for. */
  terminal: ReadonlyMap<CheckId, ScenarioMove>;
}

type ScenarioWordsFile = typeof enWords;
export type ScenarioId = keyof ScenarioWordsFile;

export interface ScenarioWords {
  /** The story's title, for everyone (a class sees it on the projector): never names the fault. */
  title: string;
  /** For the trainer: names the fault; shown only when the trainer reveals it, and after a run. */
  fault: string;
  /** For the trainee: what they see at the counter, without naming the fault. */
  story: string;
  /** What the terminal does after each check, where the scenario says more than "no change". */
  terminal: Partial<Record<CheckId, string>>;
  lesson: string;
}

// A key missing from the Chinese file is a compile error; the scenario test catches extra ones.
const wordFiles: Record<Language, ScenarioWordsFile> = { en: enWords, 'zh-CN': zhWords };

/** A move `check` offers: one of its answers, or "Stop here". */
function isMoveAt(check: CheckId, value: unknown): value is ScenarioMove {
  if (value === 'stop') return true;
  return answersOf(checkStep(check)).some(({ answer }) => answer === value);
}
const isOutcomeKind = (value: unknown): value is OutcomeKind =>
  typeof value === 'string' && (outcomeKinds as readonly string[]).includes(value);

function parseScenario(id: string, raw: unknown): Scenario {
  const fail = (what: string): never => {
    throw new Error(`content/scenarios/scenarios.json: ${id}: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const { stage, expected, told, terminal } = raw as Record<string, unknown>;
  if (typeof stage !== 'string' || !isStageId(stage)) return fail(`unknown stage ${String(stage)}`);
  if (typeof expected !== 'object' || expected === null) return fail('no expected outcome');
  const { outcome, at } = expected as Record<string, unknown>;
  if (!isOutcomeKind(outcome)) return fail(`unknown outcome ${String(outcome)}`);
  if (typeof at !== 'string' || !isCheckId(at)) return fail(`unknown check ${String(at)}`);
  if (typeof terminal !== 'object' || terminal === null) return fail('no terminal behaviour');
  const plays = new Map<CheckId, ScenarioMove>();
  for (const [check, move] of Object.entries(terminal)) {
    if (!isCheckId(check)) return fail(`unknown check ${check}`);
    if (!isMoveAt(check, move)) return fail(`${check} offers no move ${String(move)}`);
    plays.set(check, move);
  }
  if (!Array.isArray(told)) return fail('no list of what the story told');
  const toldChecks: CheckId[] = [];
  for (const check of told as unknown[]) {
    if (typeof check !== 'string' || !isCheckId(check) || !plays.has(check)) {
      return fail(`the story tells ${String(check)}, a check the scenario does not play`);
    }
    toldChecks.push(check);
  }
  return { id, stage, expected: { outcome, at }, told: toldChecks, terminal: plays };
}

export const scenarios: readonly Scenario[] = Object.entries(scenarioData).map(([id, raw]) =>
  parseScenario(id, raw),
);

export function scenarioById(id: string | null): Scenario | null {
  return scenarios.find((scenario) => scenario.id === id) ?? null;
}

const isScenarioId = (id: string, file: ScenarioWordsFile): id is ScenarioId => id in file;

export function scenarioWords(id: string, language: Language): ScenarioWords {
  const file = wordFiles[language];
  if (!isScenarioId(id, file)) throw new Error(`No words for scenario ${id} in ${language}`);
  return file[id];
}

/** Every scenario's words in every language, for the content test. */
export const allScenarioWords: Record<Language, Record<string, ScenarioWords>> = wordFiles;
