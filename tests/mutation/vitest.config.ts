// The Vitest configuration Stryker runs (stryker.config.mjs): the project's own, with only the
// projects that run in Node or jsdom (no e2e: it builds the app and drives Chromium), and a
// reporter that counts a test file that fails to load as a failed test (stryker-js #6150).
//
// STRYKER_TESTS=<glob>[,<glob>…] runs only those test files, for a quicker look at one area
// (its score is then a lower bound: tests elsewhere may kill more). Each glob goes to the projects
// whose own globs start with the same folder.
import { defineConfig } from 'vitest/config';
import base from '../../vite.config.ts';
import UnloadableFileAsFailedTest from './unloadableFileAsFailedTest.ts';

type Project = NonNullable<NonNullable<typeof base.test>['projects']>[number];
type InlineProject = Extract<Project, { test?: unknown }>;

/** The project when Stryker may run it (declared inline, not e2e, not in a browser), or null. */
function inProcess(project: Project): InlineProject | null {
  if (typeof project !== 'object' || project instanceof Promise || !('test' in project)) {
    throw new Error('tests/mutation/vitest.config.ts reads inline projects only: add a case here');
  }
  return project.test?.name === 'e2e' || project.test?.browser?.enabled === true ? null : project;
}

/** The folder a glob starts with, up to its first wildcard ('tests/unit/'); '' for none. */
function folderOf(glob: string): string {
  const wildcard = glob.search(/[*?[{]/);
  return wildcard === -1 ? glob : glob.slice(0, glob.lastIndexOf('/', wildcard) + 1);
}

const only = process.env.STRYKER_TESTS?.split(',').filter((glob) => glob.trim() !== '');

function scoped(project: InlineProject): InlineProject | null {
  if (!only) return project;
  const folders = (project.test?.include ?? []).map(folderOf);
  const include = only.filter((glob) => folders.some((folder) => glob.startsWith(folder)));
  return include.length > 0 ? { ...project, test: { ...project.test, include } } : null;
}

const projects = (base.test?.projects ?? [])
  .map(inProcess)
  .map((project) => project && scoped(project))
  .filter((project) => project !== null);
if (projects.length === 0) throw new Error('No unit project in vite.config.ts for Stryker to run');

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects,
    reporters: ['default', new UnloadableFileAsFailedTest()],
  },
});
