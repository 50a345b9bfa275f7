import { describe, expect, it } from 'vitest';
import { prerenderedLanguage } from '../../src/app/prerender/prerenderedLanguage';

describe('which prerendered start screen a link shows before the app has loaded', () => {
  it('follows the link, then the remembered choice, then the device, as the app does', () => {
    expect(prerenderedLanguage('', null, ['zh-CN'])).toBe('zh-CN');
    expect(prerenderedLanguage('', null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(prerenderedLanguage('', null, ['fr-FR'])).toBe('en');
    expect(prerenderedLanguage('', 'zh-CN', ['en-US'])).toBe('zh-CN');
    expect(prerenderedLanguage('?lang=en', 'zh-CN', ['zh-CN'])).toBe('en');
    expect(prerenderedLanguage('?lang=zh-TW', null, ['en-US'])).toBe('zh-CN');
  });

  it('shows none for a link that opens anything but the start screen', () => {
    for (const search of [
      '?step=card',
      '?view=log',
      '?handoff=1.abc',
      '#handoff=2.abc',
      '?lang=en#handoff=2.abc',
      '?mode=training',
    ]) {
      expect(prerenderedLanguage(search, null, ['zh-CN'])).toBeNull();
    }
  });

  it('shows none for a language the app will say it does not know', () => {
    expect(prerenderedLanguage('?lang=fr', null, ['zh-CN'])).toBeNull();
  });
});
