import { describe, it } from 'vitest';
import { expectCleanRun, useBrowser } from './support/wizard';

describe('smoke', () => {
  const { open } = useBrowser();

  it('renders a level-1 heading without errors or foreign requests', async () => {
    const opened = await open('/?lang=en');
    await opened.page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
    await expectCleanRun(opened);
  });
});
