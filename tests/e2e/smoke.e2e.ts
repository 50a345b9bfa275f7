import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from './support/browser';

describe('smoke', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders a level-1 heading without errors or foreign requests', async () => {
    const { context, page, foreignRequests, pageErrors } = await openPage(browser, '/?lang=en');
    try {
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor({ state: 'visible' });
      expect(await heading.isVisible()).toBe(true);
      // Let lazy chunks and service worker fetches settle before checking.
      await page.waitForLoadState('networkidle');
      expect(foreignRequests).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
