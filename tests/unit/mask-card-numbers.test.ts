import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid, maskCardNumbers } from '../../src/incidents/maskCardNumbers';

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

// The test's own Luhn arithmetic, so the generators do not trust the code under test.
function luhnSum(digits: string, doubleFirst: boolean): number {
  return [...digits].reverse().reduce((total, digit, i) => {
    const value = Number(digit) * ((i % 2 === 0) === doubleFirst ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
}
const checkDigitFor = (body: string): number => (10 - (luhnSum(body, true) % 10)) % 10;
const passesLuhn = (digits: string): boolean => luhnSum(digits, false) % 10 === 0;

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

const luhnValidDigits = ({ groups }: GroupSlice): string[] => {
  const digits = toAscii(groups.join(''));
  return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) ? [digits] : [];
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

/** Every fully readable, Luhn-valid slice of 13-19 digits in `text` that is written like a card. */
const readableCardNumbers = (text: string): string[] =>
  groupSlices(text).filter(writtenLikeACard).flatMap(luhnValidDigits);

/** Every fully readable, Luhn-valid slice of 13-19 digits in `text`, however it is grouped. */
const luhnValidSlices = (text: string): string[] => groupSlices(text).flatMap(luhnValidDigits);

const digitString = (minLength: number, maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength, maxLength }).map((d) => d.join(''));
const cardNumber = digitString(12, 18).map((body) => `${body}${checkDigitFor(body)}`);
const luhnInvalidNumber = fc
  .tuple(digitString(12, 18), fc.integer({ min: 1, max: 9 }))
  .map(([body, flip]) => `${body}${(checkDigitFor(body) + flip) % 10}`);

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

describe('luhnValid', () => {
  it.each([
    '4111111111111111',
    '5555555555554444',
    '378282246310005',
    '6011111111111117',
    '6212345678901265',
    '6212345678901234569',
  ])('accepts the test card number %s', (pan) => {
    expect(luhnValid(pan)).toBe(true);
  });

  it.each(['4111111111111112', '6212345678901266', '1764064800000', '', '4111 1111 1111 1111'])(
    'rejects %j',
    (digits) => {
      expect(luhnValid(digits)).toBe(false);
    },
  );

  it('agrees with the check digit arithmetic for every generated number', () => {
    fc.assert(fc.property(cardNumber, (pan) => luhnValid(pan)));
    fc.assert(fc.property(luhnInvalidNumber, (digits) => !luhnValid(digits)));
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
    '订单号 4111111111111112',
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
    '138 0013 8000 88.08',
    '请回电 +86 138 0013 8000 2024',
    '138 0013 8000 001233',
    '138 0013 8000 139 0013 9002',
    '13800138000 12345677',
    '400-800-8888 17640648006',
    '20260001 12345679',
    '20260001 001235',
    '2026-11-25 12345678',
    '2026-11-25 001234',
    '1764064800000 88.01',
    '¥12345678.96 00123456',
  ])('leaves %j as it was, although its digits together pass Luhn', (text) => {
    expect(luhnValidSlices(text)).not.toEqual([]);
    expect(maskCardNumbers(text)).toBe(text);
  });

  it('reads a change of separator style as the end of a card number, a change of width not', () => {
    expect(maskCardNumbers('4111 1111-1111 1111')).toBe('4111 1111-1111 1111');
    expect(maskCardNumbers('4111\u00A01111 1111\u30001111')).toBe('4111\u00A011** ****\u30001111');
    expect(maskCardNumbers('4111\u20131111-1111\uFF0D1111')).toBe('4111\u201311**-****\uFF0D1111');
  });

  it('masks numbers written exactly as a card is, card or not', () => {
    expect(maskCardNumbers('订单 2024 1130 5566 7785')).toBe('订单 2024 11** **** 7785');
    // A 6-digit number before a longer one is how a BIN and the rest are written (621234 5678…).
    expect(maskCardNumbers('001234 12345670')).toBe('001234 ****5670');
  });

  it('leaves a 20-digit run alone even though 16 of its digits would pass Luhn', () => {
    expect(maskCardNumbers('ref 41111111111111111234')).toBe('ref 41111111111111111234');
  });

  it('reads up to 15 digits after a + as a phone number, even when they pass Luhn', () => {
    expect(maskCardNumbers('电话 +86 138 0007 8000')).toBe('电话 +86 138 0007 8000');
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
    expect(maskCardNumbers('4111 1111 1111 1111 123')).toBe('4111 11** **** **** 123');
  });

  it('masks the longest card number when a shorter one sits inside it', () => {
    expect(maskCardNumbers('4111 1111 1111 1111 102')).toBe('4111 11** **** ***1 102');
  });

  it('leaves neither card number readable when two overlap', () => {
    expect(maskCardNumbers('4111 1111 1111 1111 1000')).toBe('4111 **** **** **** 1000');
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
  const timestamp = fc
    .integer({ min: 1_000_000_000_000, max: 9_999_999_999_999 })
    .map(String)
    .filter((ms) => !passesLuhn(ms));
  // A Luhn-invalid number can still hold a card number at a group boundary (16 valid digits + 3):
  // that one is masked on purpose (tested above), so it is not an ordinary number here.
  const orderNumber = formatted(luhnInvalidNumber).filter(
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
            luhnInvalidNumber,
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

  it('leaves them alone too when their digits together pass Luhn', () => {
    fc.assert(
      fc.property(
        numbersSideBySide.filter((text) => luhnValidSlices(text).length > 0),
        (text) => {
          expect(maskCardNumbers(text)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  // Mostly digits and single separators, so runs are long and full of overlapping Luhn-valid windows.
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
