// The response-code lookup after one visit, with no network: the first visit never opened it,
// yet a code's link, the search in either language, a code's way into the checks and the quick
// reference's code table all come from the device. No request reaches the host.
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type OpenedPage } from './support/browser';
import {
  codePath,
  codeSearch,
  codesPath,
  codeTitle,
  codeWords,
  expectLookup,
  goToButton,
  listedNames,
} from './support/codes';
import {
  copyOfDist,
  hostUrl,
  openOnHost,
  startStaticHost,
  waitForServiceWorkerControl,
  type StaticHost,
} from './support/pwa';
import { referencePath } from './support/trainer';
import { expectH1, titleOf } from './support/wizard';

describe('the code lookup offline, after one visit', () => {
  let browser: Browser;
  let host: StaticHost;
  let build: string;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    build = copyOfDist();
    browser = await launchChromium();
    host = await startStaticHost(build);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((hosted) => hosted.context.close()));
    host.setReachable(true);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  /** The first visit (the start screen only), online, until the worker controls the page. */
  async function visitOnceThenGoOffline(): Promise<OpenedPage> {
    const hosted = await openOnHost(browser, host, '/?lang=en');
    opened.push(hosted);
    await waitForServiceWorkerControl(hosted.page);
    await hosted.context.setOffline(true);
    host.setReachable(false);
    host.hits.splice(0);
    return hosted;
  }

  function expectServedFromTheDevice(hosted: OpenedPage): void {
    expect(host.hits, 'requests that reached the host while offline').toEqual([]);
    expect(hosted.foreignRequests, 'requests to other origins').toEqual([]);
    expect(hosted.pageErrors, 'page errors').toEqual([]);
  }

  it('opens a code’s link and follows it into the checks', async () => {
    const hosted = await visitOnceThenGoOffline();
    const { page } = hosted;
    await page.goto(hostUrl(host, codePath('96', 'en')));
    await expectH1(page, codeTitle('96'));
    await goToButton(page, titleOf('outcome.outage')).click();
    await expectH1(page, titleOf('outcome.outage'));
    expectServedFromTheDevice(hosted);
  });

  it('searches in either language, in Chinese too', async () => {
    const hosted = await visitOnceThenGoOffline();
    const { page } = hosted;
    await page.goto(hostUrl(host, codesPath('zh-CN')));
    await expectLookup(page, 'zh-CN');
    await codeSearch(page, 'zh-CN').fill('insufficient');
    expect(await listedNames(page, 'zh-CN')).toEqual([
      `51 ${codeWords['zh-CN'].codes['51'].title}`,
    ]);
    await codeSearch(page, 'zh-CN').press('Enter');
    await expectH1(page, codeTitle('51', 'zh-CN'));
    expectServedFromTheDevice(hosted);
  });

  it('shows the quick reference’s code table', async () => {
    const hosted = await visitOnceThenGoOffline();
    const { page } = hosted;
    await page.goto(hostUrl(host, referencePath('quick', 'en')));
    const table = page.getByRole('table', { name: codeWords.en.table.caption, exact: true });
    await table.getByRole('rowheader', { name: '96', exact: true }).waitFor();
    expectServedFromTheDevice(hosted);
  });
});
