// The mutation run's reporter (stryker-js #6150): a test file that cannot load counts as a failed
// test, so Stryker kills the mutant that broke it instead of calling it survived. The fixtures run
// in a real Vitest run, and the tests are read as Stryker's runner reads them once it has ended.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createVitest, type RunnerTask, type RunnerTestFile } from 'vitest/node';
import UnloadableFileAsFailedTest, {
  unloadableFileTestName,
} from '../mutation/unloadableFileAsFailedTest';

const fixtures = path.resolve(import.meta.dirname, '../mutation/fixtures');

/** The tests in `task`, as Stryker's runner collects them: [name, state, first error]. */
function testsOf(task: RunnerTask): [string, string | undefined, string | undefined][] {
  if (task.type === 'test') {
    return [[task.name, task.result?.state, task.result?.errors?.[0]?.message]];
  }
  return task.tasks.flatMap(testsOf);
}

describe('a mutation run’s test files, as Stryker reads them after the run', () => {
  const files = new Map<string, RunnerTestFile>();
  const testsIn = (name: string) => {
    const file = files.get(name);
    if (!file) throw new Error(`${name} did not run`);
    return testsOf(file);
  };

  beforeAll(async () => {
    const vitest = await createVitest('test', {
      config: false,
      root: fixtures,
      include: ['*.fixture.ts'],
      watch: false,
      reporters: [new UnloadableFileAsFailedTest()],
    });
    try {
      await vitest.start();
      for (const file of vitest.state.getFiles()) files.set(file.name, file);
    } finally {
      await vitest.close();
    }
  }, 60_000);

  it('holds one failed test, with the import’s error, for a file that failed to load', () => {
    expect(testsIn('unloadable.fixture.ts')).toEqual([
      [unloadableFileTestName, 'fail', 'module refused to load'],
    ]);
  });

  it('holds one more, failed, for a file whose hook failed while its tests passed', () => {
    expect(testsIn('hookFails.fixture.ts')).toEqual([
      ['passes', 'pass', undefined],
      [unloadableFileTestName, 'fail', 'afterAll hook failed'],
    ]);
  });

  it('leaves a file with a failed test of its own, or none, with the tests it ran', () => {
    expect(testsIn('loads.fixture.ts')).toEqual([
      ['passes', 'pass', undefined],
      ['fails', 'fail', 'expected 1 to be 2 // Object.is equality'],
    ]);
    expect(testsIn('passes.fixture.ts')).toEqual([['passes', 'pass', undefined]]);
  });
});
