// A Vitest reporter for mutation runs only (tests/mutation/vitest.config.ts declares it).
//
// Stryker's Vitest runner (9.6, the same in 10.x: stryker-js issue #6150) builds a mutant's
// result from the tests Vitest collected and calls the mutant "survived" when none of them
// failed. A test file whose import throws (a mutant that breaks a module's top level, a lookup
// table or a schema built at load) collects no tests at all, so the runner never sees a failure:
// the mutant counts as survived although the suite caught it. No Stryker or runner option
// changes that (`ignoreStatic` drops such mutants instead of killing them).
//
// This reporter closes the gap where the runner reads: when the run ends, a test file that failed
// as a whole (its import threw, or a file-level hook did) while none of its own tests failed gets
// one failed test carrying the file's error. A file that loaded is left as it is, passed or failed.
import type { Reporter, RunnerTask, RunnerTestCase, RunnerTestFile, Vitest } from 'vitest/node';

/** The failed test's name, as Stryker's report shows it. */
export const unloadableFileTestName = 'the test file loads';

function hasFailedTest(task: RunnerTask): boolean {
  if (task.type === 'test') return task.result?.state === 'fail';
  return task.tasks.some(hasFailedTest);
}

/**
 * Adds the failed test to `file` when the file failed with no failed test of its own; true when it
 * did. Vitest's state holds the same objects Stryker reads once the run has ended.
 */
export function markUnloadableFile(file: RunnerTestFile): boolean {
  const errors = file.result?.errors ?? [];
  if (file.result?.state !== 'fail' || errors.length === 0 || hasFailedTest(file)) return false;
  const failed: Omit<RunnerTestCase, 'context'> = {
    type: 'test',
    id: `${file.id}_unloadable`,
    name: unloadableFileTestName,
    fullName: `${file.name} > ${unloadableFileTestName}`,
    fullTestName: unloadableFileTestName,
    mode: 'run',
    file,
    suite: file,
    meta: {},
    timeout: 0,
    annotations: [],
    artifacts: [],
    result: { state: 'fail', errors },
  };
  // A test's `context` is built by Vitest's runner while the test runs; nothing reads it once the
  // run has ended, and this test never runs, so it has none.
  file.tasks.push(failed as RunnerTestCase);
  return true;
}

export default class UnloadableFileAsFailedTest implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) markUnloadableFile(file);
  }
}
