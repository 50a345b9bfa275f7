import creditCardType from 'credit-card-type';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsCardScheme, maskCardNumbers } from '../../src/db';

const SPACE_LIKE = [' ', '\u00A0', '\u202F', '\u2009', '\u3000'];
const DASHES = ['-', '\uFF0D', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015'];
/** A card number is written in one of these styles throughout; each style's members may mix. */
const SEPARATOR_STYLES = [SPACE_LIKE, DASHES, ['.']];
const SEPARATORS = SEPARATOR_STYLES.flat();
const isSeparator = (ch: string): boolean => SEPARATORS.includes(ch);
const isDigit = (ch: string): boolean => /[0-9\uFF10-\uFF19]/.test(ch);
const toFullWidth = (digit: string): string => String.fromCharCode(0xff10 + Number(digit));
const toAscii = (text: string): string =>
  text.replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10));

// Asks the card-range library itself, so the oracles do not trust the code under test.
const inCardRange = (digits: string): boolean =>
  creditCardType(digits).some((scheme) => scheme.lengths.includes(digits.length));

/** A slice of consecutive digit groups and the separators between them. */
type GroupSlice = { groups: string[]; separators: string[] };

/** Every slice of consecutive digit groups in `text`; two separators in a row end a run. */
function groupSlices(text: string): GroupSlice[] {
  const separator = ' .\\-\u00A0\u202F\u2009\u3000\uFF0D\u2010-\u2015';
  const runs = text.split(new RegExp(`[^0-9\uFF10-\uFF19${separator}]|[${separator}]{2,}`));
  return runs.flatMap((run) => {
    const parts = run
      .replace(new RegExp(`^[${separator}]|[${separator}]$`, 'g'), '')
      .split(new RegExp(`([${separator}])`));
    const groups = parts.filter((_, i) => i % 2 === 0);
    const separators = parts.filter((_, i) => i % 2 === 1);
    return groups.flatMap((_, i) =>
      groups.slice(i).map((__, length) => ({
        groups: groups.slice(i, i + length + 1),
        separators: separators.slice(i, i + length),
      })),
    );
  });
}

const cardRangeDigits = ({ groups }: GroupSlice): string[] => {
  const digits = toAscii(groups.join(''));
  return digits.length >= 13 && digits.length <= 19 && inCardRange(digits) ? [digits] : [];
};

/**
 * The layouts the masking promises to recognise: not grouped; a 6-digit BIN then the rest; or
 * groups of 4-6 digits ending on one no longer than the one before it; one separator style.
 */
function writtenLikeACard({ groups, separators }: GroupSlice): boolean {
  const sizes = groups.map((group) => group.length);
  const others = sizes.slice(0, -1);
  const last = sizes[sizes.length - 1] ?? 0;
  const oneStyle = SEPARATOR_STYLES.some((style) => separators.every((s) => style.includes(s)));
  const layout =
    others.length === 0 ||
    (others.length === 1 && others[0] === 6) ||
    (others.every((size) => size >= 4 && size <= 6) && last <= (others[others.length - 1] ?? 0));
  return oneStyle && layout;
}

/** Every fully readable slice of 13-19 digits in `text` that fits a card range and is written like a card. */
const readableCardNumbers = (text: string): string[] =>
  groupSlices(text).filter(writtenLikeACard).flatMap(cardRangeDigits);

/** Every fully readable slice of 13-19 digits in `text` that fits a card range, however grouped. */
const cardRangeSlices = (text: string): string[] => groupSlices(text).flatMap(cardRangeDigits);

const digitString = (minLength: number, maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength, maxLength }).map((d) => d.join(''));
/**
 * Card prefixes and lengths as the schemes publish them, written out here rather than taken from
 * the library. Prefixes avoid the narrower ranges nested inside them (Elo's 401178, 627780...).
 */
const CARD_SCHEMES = [
  { prefixes: ['41', '42', '44', '46', '47', '48', '49'], lengths: [16, 18, 19] }, // Visa
  { prefixes: ['51', '53', '54', '55', '2221', '2300', '2599', '2720'], lengths: [16] }, // Mastercard
  { prefixes: ['34', '37'], lengths: [15] }, // American Express
  { prefixes: ['620', '6212', '6228', '623', '625', '810', '8123'], lengths: [16, 17, 18, 19] }, // UnionPay
  { prefixes: ['3528', '3566', '3589'], lengths: [16, 17, 18, 19] }, // JCB
  { prefixes: ['6011', '645'], lengths: [16, 19] }, // Discover
];
/** Milliseconds since 1970 from 2001 to 2033: 13 digits starting with 1. */
const timestamp = fc.integer({ min: 1_000_000_000_000, max: 1_999_999_999_999 }).map(String);
/** A card number, its check digit right or not: one digit typed wrong still gives it away. */
const cardNumber = fc
  .constantFrom(...CARD_SCHEMES)
  .chain(({ prefixes, lengths }) =>
    fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...lengths)),
  )
  .chain(([prefix, length]) =>
    digitString(length - prefix.length, length - prefix.length).map((rest) => prefix + rest),
  );
/** 13-19 digits that fit no card scheme's prefix and length, such as an order number. */
const notACardNumber = digitString(13, 19).filter((digits) => !inCardRange(digits));

/**
 * Cuts `length` digits into groups of `pattern`'s sizes (4-6, repeated) until what is left fits
 * in one group no longer than the one before it: 4-4-4-4, 4-4-4-1, 4-6-5, 5-5-5-4, 4-5-6-4...
 */
function groupSizes(length: number, pattern: readonly number[]): number[] {
  const sizes: number[] = [];
  let left = length;
  for (let i = 0; left > 1 && left > (sizes[sizes.length - 1] ?? 0); i++) {
    // Never take all that is left: the last group comes after the loop.
    const size = Math.min(pattern[i % pattern.length] ?? 4, left - 1);
    sizes.push(size);
    left -= size;
  }
  return [...sizes, left];
}

/**
 * A number as a person might type it: ASCII and/or full-width digits, not grouped or grouped the
 * ways cards are written, with one separator style (spaces of any width, dashes, or dots).
 */
type Formatted = { digits: string; text: string };
const formatted = (digits: fc.Arbitrary<string>): fc.Arbitrary<Formatted> =>
  fc
    .record({
      digits,
      layout: fc.oneof(
        fc.constantFrom('not grouped' as const, 'BIN first' as const),
        fc.constantFrom([4], [5], [4, 6, 5], [4, 6, 4], [4, 4, 4, 4, 3]),
        fc.array(fc.integer({ min: 4, max: 6 }), { minLength: 1, maxLength: 5 }),
      ),
      separators: fc.constantFrom(...SEPARATOR_STYLES).chain((style) =>
        fc.oneof(
          fc.constantFrom(...style).map((s) => Array<string>(19).fill(s)),
          fc.array(fc.constantFrom(...style), { minLength: 19, maxLength: 19 }),
        ),
      ),
      fullWidth: fc.oneof(
        fc.constantFrom(false, true).map((all) => Array<boolean>(19).fill(all)),
        fc.array(fc.boolean(), { minLength: 19, maxLength: 19 }),
      ),
    })
    .map(({ digits, layout, separators, fullWidth }) => {
      const sizes =
        layout === 'not grouped'
          ? [digits.length]
          : layout === 'BIN first'
            ? [6, digits.length - 6]
            : groupSizes(digits.length, layout);
      let cut = 0;
      // Numbers shorter than a BIN (the too-short ones below) stay in one group.
      const groups = sizes
        .filter((size) => size > 0)
        .map((size) => digits.slice(cut, (cut += size)));
      const shown = [...groups.join('')].map((d, i) => (fullWidth[i] ? toFullWidth(d) : d));
      let at = 0;
      const text = groups
        .map((group, i) => {
          const part = shown.slice(at, (at += group.length)).join('');
          return i === 0 ? part : `${separators[i] ?? ' '}${part}`;
        })
        .join('');
      return { digits, text };
    });

const PHRASES_BEFORE = [
  '顾客卡号',
  '顾客的卡号是',
  '卡号：',
  '（卡号',
  'card no. ',
  'Card number: ',
  'customer card (',
  '：',
  '，',
  '(',
  ' ',
  '-',
  'ABC',
];
const PHRASES_AFTER = ['，', '。', '）', ')', ' 刷卡显示E1', ', declined', '：', ' ', '-', 'xyz'];
const noDigits = (text: fc.Arbitrary<string>) =>
  text.map((t) => t.replace(/[0-9\uFF10-\uFF19]/g, 'x'));
const freeText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('顾客说卡被冻结了', 'Customer tried twice', '金额 ¥88.00，时间 14:30', ''),
);
const digitFreeText = noDigits(freeText);

/** Digit positions (0-based, counting digits only) that are still digits in `text`. */
const visibleDigitPositions = (text: string): number[] =>
  [...text]
    .filter((ch) => !isSeparator(ch))
    .flatMap((ch, position) => (isDigit(ch) ? [position] : []));

const maskedAsExpected = ({ digits, text }: Formatted): string => {
  let position = 0;
  return [...text]
    .map((ch) => {
      if (isSeparator(ch)) return ch;
      position += 1;
      return position <= 6 || position > digits.length - 4 ? ch : '*';
    })
    .join('');
};

describe('fitsCardScheme', () => {
  it.each([
    ['4111111111111111', 'a Visa test number'],
    ['4111111111111112', 'a Visa number with its last digit typed wrong (fails Luhn)'],
    ['5555555555554444', 'a Mastercard test number'],
    ['2221000000000009', 'a Mastercard 2-series number'],
    ['378282246310005', 'an American Express number (15 digits)'],
    ['6011111111111117', 'a Discover number'],
    ['3530111333300000', 'a JCB number'],
    ['6212345678901265', 'a UnionPay 62 number'],
    ['6212345678901266', 'a UnionPay 62 number with its last digit typed wrong'],
    ['6212345678901234567', 'a 19-digit UnionPay 62 number'],
    ['8171999927660000', 'a UnionPay 81 number'],
  ])('accepts %s, %s', (digits) => {
    expect(fitsCardScheme(digits)).toBe(true);
  });

  it.each([
    ['1764501234567', 'a 13-digit millisecond timestamp'],
    ['9123456789012345', '16 digits starting with 9'],
    ['898440358120007', 'a 15-digit merchant number'],
    ['37828224631000', 'an American Express prefix with 14 digits'],
    ['5555555555554444123', 'a Mastercard prefix with 19 digits'],
    ['', 'nothing'],
    ['4111 1111 1111 1111', 'digits with spaces'],
  ])('rejects %j, %s', (digits) => {
    expect(fitsCardScheme(digits)).toBe(false);
  });

  it('accepts every generated card number and no 13-digit timestamp', () => {
    fc.assert(fc.property(cardNumber, (digits) => fitsCardScheme(digits)));
    fc.assert(fc.property(timestamp, (ms) => !fitsCardScheme(ms)));
  });
});

describe('masking card numbers in free text', () => {
  it.each([
    ['4111 1111 1111 1111', '4111 11** **** 1111'],
    ['Card no. 5555-5555-5555-4444 declined (E1)', 'Card no. 5555-55**-****-4444 declined (E1)'],
    ['Amex 3782 822463 10005, thanks', 'Amex 3782 82**** *0005, thanks'],
    ['discover:6011111111111117', 'discover:601111******1117'],
    [
      '顾客的卡号是６２１２ ３４５６ ７８９０ １２６５，金额¥128.00',
      '顾客的卡号是６２１２ ３４** **** １２６５，金额¥128.00',
    ],
    ['银联卡 6212 3456 7890 1234 569 刷卡失败', '银联卡 6212 34** **** ***4 569 刷卡失败'],
    [
      '卡号４１１１\u30001111\u3000１１１１\u30001111。',
      '卡号４１１１\u300011**\u3000****\u30001111。',
    ],
    ['卡号：6212.3456.7890.1265', '卡号：6212.34**.****.1265'],
    ['Visa 4111 1111 1111 1112 (one digit wrong)', 'Visa 4111 11** **** 1112 (one digit wrong)'],
    ['订单号 4111111111111112', '订单号 411111******1112'],
    ['银联 6212 3456 7890 1266，输错一位', '银联 6212 34** **** 1266，输错一位'],
    ['银联 6212345678901234567', '银联 621234*********4567'],
    ['银联 8171 9999 2766 0000', '银联 8171 99** **** 0000'],
    ['Amex 3714 496353 98431', 'Amex 3714 49**** *8431'],
    ['Mastercard 2221 0000 0000 0009', 'Mastercard 2221 00** **** 0009'],
    ['JCB 3530-1113-3330-0000', 'JCB 3530-11**-****-0000'],
  ])('keeps only the first 6 and last 4 digits of %j', (text, masked) => {
    expect(maskCardNumbers(text)).toBe(masked);
  });

  it.each(SEPARATORS.map((s) => [s.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'), s]))(
    'recognises digit groups separated by U+%s',
    (_, s) => {
      expect(maskCardNumbers(`4111${s}1111${s}1111${s}1111`)).toBe(`4111${s}11**${s}****${s}1111`);
    },
  );

  it.each([
    '请回电 +86 138 0013 8000',
    '客服 400-800-8888，门店 021-12345678',
    '金额 ¥1,234.56，退款 12345.67',
    '2026-11-25 14:30:05，2026.11.25',
    'timestamp 1764064800000',
    'sent at 1764501234567',
    '订单号 9123456789012345',
    '订单号 9123 4567 8901 2345',
    'terminal 12345678, merchant 898310048990002',
    'reference 12345678901234567890123',
  ])('leaves the ordinary numbers in %j as they were', (text) => {
    expect(maskCardNumbers(text)).toBe(text);
  });

  it('treats a double space as the end of a number and a single one as part of it', () => {
    expect(maskCardNumbers('4111 1111 1111  1111')).toBe('4111 1111 1111  1111');
    expect(maskCardNumbers('4111 1111 1111 1111')).toBe('4111 11** **** 1111');
  });

  it.each([
    '6212 345 678 901 234',
    '62 1234 5678 9012 34',
    '6212 3456 78 90123',
    '4001 2345 678 90123',
    '621234567 8901234',
    '终端 62123456 20261125',
    '¥62123456.78 90123456',
  ])('leaves %j as it was, although some of its digits together fit a card scheme', (text) => {
    expect(cardRangeSlices(text)).not.toEqual([]);
    expect(maskCardNumbers(text)).toBe(text);
  });

  it('reads a change of separator style as the end of a card number, a change of width not', () => {
    expect(maskCardNumbers('4111 1111-1111 1111')).toBe('4111 1111-1111 1111');
    expect(maskCardNumbers('4111\u00A01111 1111\u30001111')).toBe('4111\u00A011** ****\u30001111');
    expect(maskCardNumbers('4111\u20131111-1111\uFF0D1111')).toBe('4111\u201311**-****\uFF0D1111');
  });

  it('masks a number written as a card is only when its prefix and length fit a card scheme', () => {
    expect(maskCardNumbers('订单 2024 1130 5566 7785')).toBe('订单 2024 1130 5566 7785');
    expect(maskCardNumbers('订单 4024 1130 5566 7785')).toBe('订单 4024 11** **** 7785');
    // A 6-digit number before a longer one is how a BIN and the rest are written (621234 5678…).
    expect(maskCardNumbers('001234 12345670')).toBe('001234 12345670');
    expect(maskCardNumbers('621234 5678901234')).toBe('621234 ******1234');
  });

  it('leaves a 20-digit run alone even though its first 16 digits make a Visa number', () => {
    expect(maskCardNumbers('ref 41111111111111111234')).toBe('ref 41111111111111111234');
  });

  it('reads up to 15 digits after a + as a phone number, even when they fit a card scheme', () => {
    expect(maskCardNumbers('电话 +86 138 0007 8000')).toBe('电话 +86 138 0007 8000');
    // An Indonesian mobile number: 13 digits starting with 6, as Maestro cards are.
    expect(maskCardNumbers('call +6281234567890')).toBe('call +6281234567890');
    expect(maskCardNumbers('+86 4111 1111 1111 1111')).toBe('+86 **** **** **** 1111');
    expect(maskCardNumbers('+4111 1111 1111 1111')).toBe('+4111 11** **** 1111');
  });

  it('masks a card number glued to letters, such as ABC4111111111111111', () => {
    expect(maskCardNumbers('ABC4111111111111111')).toBe('ABC411111******1111');
  });

  it('masks a card number set off from other digits by one separator, hiding its first digits too', () => {
    expect(maskCardNumbers('订单 20261125 4111111111111111')).toBe(
      '订单 20261125 ************1111',
    );
  });

  it('masks a 16-digit card number that is followed by more digits in the same grouping', () => {
    // Mastercard numbers have 16 digits only, so the 19-digit reading is no card.
    expect(maskCardNumbers('5555 5555 5555 4444 123')).toBe('5555 55** **** **** 123');
  });

  it('masks the longest card number when a shorter one sits inside it', () => {
    // Visa numbers have 16, 18 or 19 digits: both readings fit, the 19-digit one is masked.
    expect(maskCardNumbers('4111 1111 1111 1111 102')).toBe('4111 11** **** ***1 102');
  });

  it('leaves neither card number readable when two overlap', () => {
    expect(maskCardNumbers('5555 5555 5555 5555 4444')).toBe('5555 **** **** **** 4444');
  });

  it('leaves already masked numbers and stars around a card number alone', () => {
    expect(maskCardNumbers('411111******1111')).toBe('411111******1111');
    expect(maskCardNumbers('**4111 1111 1111 1111**')).toBe('**4111 11** **** 1111**');
  });

  it('gives the same text when masking it twice, also when a card number follows other digits', () => {
    const once = maskCardNumbers('1000004 4111 1111 1111 1111');
    expect(once).toBe('1000004 **** **** **** 1111');
    expect(maskCardNumbers(once)).toBe(once);
  });

  it('returns for a 100,000-character input of digits and spaces', () => {
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const noisy = Array.from({ length: 100_000 }, () =>
      next() % 5 === 0 ? ' ' : String(next() % 10),
    ).join('');
    // One single-spaced run and one unbroken run: the longest runs the scanner can meet.
    for (const text of [noisy, '4 '.repeat(50_000), '4'.repeat(100_000)]) {
      expect(maskCardNumbers(text).length).toBe(100_000);
    }
  });
});

describe('masking properties', () => {
  const embeddedCard = fc.record({
    before: fc.tuple(freeText, fc.constantFrom(...PHRASES_BEFORE)).map((parts) => parts.join('')),
    card: formatted(cardNumber),
    after: fc.tuple(fc.constantFrom(...PHRASES_AFTER), freeText).map((parts) => parts.join('')),
  });

  it('never lets a card number embedded in Chinese or English text survive', () => {
    fc.assert(
      fc.property(embeddedCard, ({ before, card, after }) => {
        const out = maskCardNumbers(`${before}${card.text}${after}`);
        const cardOut = out.slice(before.length, before.length + card.text.length);
        const n = card.digits.length;
        expect(visibleDigitPositions(cardOut).filter((p) => p >= 6 && p < n - 4)).toEqual([]);
        expect(toAscii([...out].filter((ch) => !isSeparator(ch)).join(''))).not.toContain(
          card.digits,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps exactly the first 6 and last 4 digits of a card number set off by text', () => {
    fc.assert(
      fc.property(
        digitFreeText,
        fc.constantFrom(...PHRASES_BEFORE),
        formatted(cardNumber),
        fc.constantFrom(...PHRASES_AFTER),
        digitFreeText,
        (head, before, card, after, tail) => {
          const text = (inner: string) => `${head}${before}${inner}${after}${tail}`;
          expect(maskCardNumbers(text(card.text))).toBe(text(maskedAsExpected(card)));
        },
      ),
      { numRuns: 500 },
    );
  });

  const mobile = digitString(9, 9).chain((rest) =>
    fc.constantFrom(
      `+86 138 ${rest.slice(0, 4)} ${rest.slice(4, 8)}`,
      `138 ${rest.slice(0, 4)} ${rest.slice(4, 8)}`,
      `138${rest.slice(0, 8)}`,
      `138-${rest.slice(0, 4)}-${rest.slice(4, 8)}`,
      `400-${rest.slice(0, 3)}-${rest.slice(3, 7)}`,
      `021-${rest.slice(0, 8)}`,
    ),
  );
  const amount = fc
    .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }))
    .chain(([yuan, fen]) =>
      fc.constantFrom(
        `¥${yuan.toLocaleString('en-US')}.${String(fen).padStart(2, '0')}`,
        `${yuan}.${String(fen).padStart(2, '0')}`,
      ),
    );
  const dateOrTime = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .chain((date) => {
      const [day, time] = date.toISOString().split('T') as [string, string];
      return fc.constantFrom(day, day.replaceAll('-', '.'), time.slice(0, 5), time.slice(0, 8));
    });
  // A number that is no card can still hold one at a group boundary (16 card digits + 3): that
  // one is masked on purpose (tested above), so it is not an ordinary number here.
  const orderNumber = formatted(notACardNumber).filter(
    (order) => readableCardNumbers(order.text).length === 0,
  );
  const tooShortOrTooLong = fc.oneof(
    formatted(digitString(1, 12)).map((short) => short.text),
    digitString(20, 40),
  );
  const ordinaryNumber = fc.oneof(
    mobile,
    amount,
    dateOrTime,
    timestamp,
    orderNumber.map((order) => order.text),
    tooShortOrTooLong,
  );

  it('leaves phone numbers, amounts, dates, timestamps and order numbers as they were', () => {
    const glue = fc
      .tuple(
        digitFreeText,
        noDigits(fc.constantFrom(...PHRASES_BEFORE, ...PHRASES_AFTER)),
        digitFreeText,
      )
      .map((parts) => parts.join(''))
      .filter((g) => [...g].some((ch) => !isSeparator(ch)));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(glue, ordinaryNumber), { minLength: 1, maxLength: 5 }),
        glue,
        (parts, end) => {
          const text = `${parts.map(([g, number]) => `${g}${number}`).join('')}${end}`;
          expect(maskCardNumbers(text)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  const binAndRest = new RegExp(`(?<![0-9])[0-9]{6}[${SPACE_LIKE.join('')}][0-9]{7}`);
  const numbersSideBySide = fc
    .tuple(
      digitFreeText,
      fc.array(
        fc.tuple(
          fc.constantFrom(...SPACE_LIKE),
          fc.oneof(
            mobile,
            amount,
            dateOrTime,
            timestamp,
            notACardNumber,
            fc.tuple(digitString(8, 8), digitString(6, 6)).map((pair) => pair.join(' ')),
          ),
        ),
        { minLength: 2, maxLength: 3 },
      ),
      digitFreeText,
    )
    .map(([before, numbers, after]) => {
      const joined = numbers.map(([space, number], i) => (i === 0 ? number : `${space}${number}`));
      return `${before}${joined.join('')}${after}`;
    })
    // A 6-digit number right before a longer one is a BIN and the rest: masked on purpose (above).
    .filter((text) => !binAndRest.test(text));

  it('leaves phone numbers, amounts, dates, timestamps and order numbers one space apart alone', () => {
    fc.assert(
      fc.property(numbersSideBySide, (text) => {
        expect(maskCardNumbers(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves them alone too when their digits together fit a card scheme', () => {
    fc.assert(
      fc.property(
        numbersSideBySide.filter((text) => cardRangeSlices(text).length > 0),
        (text) => {
          expect(maskCardNumbers(text)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  // Mostly digits and single separators, so runs are long and full of overlapping card-range windows.
  const soupWith = (others: string[]) =>
    fc.string({
      unit: fc.oneof(
        { arbitrary: fc.constantFrom(...'0123456789４１６'), weight: 12 },
        { arbitrary: fc.constantFrom(' ', '-', '.', '\u3000', '\u00A0'), weight: 4 },
        { arbitrary: fc.constantFrom(...others), weight: 1 },
      ),
      maxLength: 300,
      size: 'max',
    });
  const digitSoup = soupWith(['*', 'a', '，']);
  const phoneSoup = soupWith(['*', '+']);
  const cardInText = embeddedCard.map(({ before, card, after }) => `${before}${card.text}${after}`);

  it('masks only digits, into stars, and leaves no card number readable in any text', () => {
    fc.assert(
      fc.property(fc.oneof(digitSoup, cardInText), (text) => {
        const out = maskCardNumbers(text);
        expect(out).toHaveLength(text.length);
        const changes = out.split('').flatMap((to, i) => (to === text[i] ? [] : [[text[i], to]]));
        expect(changes.filter(([from, to]) => !isDigit(from ?? '') || to !== '*')).toEqual([]);
        expect(readableCardNumbers(out)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('changes nothing when masking text that is already masked', () => {
    fc.assert(
      fc.property(fc.oneof(digitSoup, phoneSoup, freeText, cardInText), (text) => {
        const once = maskCardNumbers(text);
        expect(maskCardNumbers(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
