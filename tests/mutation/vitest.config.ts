// The Vitest configuration Stryker runs (stryker.config.mjs): the project's own, with only the
// projects that run in Node or jsdom (no e2e: it builds the app and drives Chromium), and a
// reporter that counts a test file that fails to load as a failed test (stryker-js #6150).
import { defineConfig } from 'vitest/config';
import base from '../../vite.config.ts';
import UnloadableFileAsFailedTest from './unloadableFileAsFailedTest.ts';

type Project = NonNullable<NonNullable<typeof base.test>['projects']>[number];

/** True for a project Stryker may run: declared inline, not e2e, not in a browser. */
function runsInProcess(project: Project): boolean {
  if (typeof project !== 'object' || project instanceof Promise) {
    throw new Error('tests/mutation/vitest.config.ts reads inline projects only: add a case here');
  }
  return project.test?.name !== 'e2e' && project.test?.browser?.enabled !== true;
}

const projects = (base.test?.projects ?? []).filter(runsInProcess);
if (projects.length === 0) throw new Error('No unit project in vite.config.ts for Stryker to run');

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects,
    reporters: ['default', new UnloadableFileAsFailedTest()],
  },
});
