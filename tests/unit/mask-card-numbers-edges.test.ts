// Masking at the edges of its rules: the '+' phone rule at exactly 15 digits and only for digits
// straight after the '+', and a card number's one separator style, with dots among the styles.
import { describe, expect, it } from 'vitest';
import { fitsCardScheme, maskCardNumbers } from '../../src/db';

describe('the + phone rule', () => {
  it('leaves 15 digits straight after a + alone, although they fit a card scheme (Amex)', () => {
    expect(fitsCardScheme('341111111111111')).toBe(true);
    expect(maskCardNumbers('341111111111111')).toBe('341111*****1111');
    expect(maskCardNumbers('tel +341111111111111')).toBe('tel +341111111111111');
  });

  it('masks 16 digits straight after a +: no phone number is that long', () => {
    expect(maskCardNumbers('tel +4111111111111111')).toBe('tel +411111******1111');
  });

  it('masks a card number after a + and a country code: only the digits straight after it are a phone number', () => {
    // 2 + 13 digits: within the 15 a phone number may have, but the card starts after the "86".
    expect(fitsCardScheme('5612345678901')).toBe(true);
    expect(maskCardNumbers('+86 5612345678901')).toBe('+86 *********8901');
    expect(maskCardNumbers('+8 62123456789012')).toBe('+8 **********9012');
  });
});

describe('one separator style throughout', () => {
  it('masks a card number written with dots', () => {
    expect(maskCardNumbers('4111.1111.1111.1111')).toBe('4111.11**.****.1111');
  });

  it.each([
    '4111 1111 1111.1111',
    '4111.1111 1111.1111',
    '4111.1111.1111-1111',
    '4111-1111-1111.1111',
    '4111 1111.1111 1111',
  ])('leaves %j, whose dots and other separators mix, as it was', (text) => {
    expect(maskCardNumbers(text)).toBe(text);
  });

  it('reads dashes of every length as one style', () => {
    expect(maskCardNumbers('4111\u20101111\u20151111\uFF0D1111')).toBe(
      '4111\u201011**\u2015****\uFF0D1111',
    );
  });
});
