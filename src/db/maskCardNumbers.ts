import creditCardType from 'credit-card-type';

const DIGIT = '0-9\uFF10-\uFF19';
const SPACE_LIKE = ' \u00A0\u2009\u202F\u3000';
const SEPARATOR = `${SPACE_LIKE}.\\-\u2010-\u2015\uFF0D`;
// Linear time: every loop step must consume a digit, so a failed match backs off one character at most.
const DIGIT_RUN = new RegExp(`(\\+?)([${DIGIT}](?:[${SEPARATOR}]?[${DIGIT}])*)`, 'g');
const ONE_DIGIT = new RegExp(`[${DIGIT}]`, 'g');
const ONE_SEPARATOR = new RegExp(`[${SEPARATOR}]`);
const EVERY_SEPARATOR = new RegExp(`[${SEPARATOR}]`, 'g');
const ONE_SPACE_LIKE = new RegExp(`[${SPACE_LIKE}]`);
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

type SeparatorStyle = 'space' | 'dot' | 'dash';

/** Spaces of any width are one style and dashes of any length another: copy and paste mixes them. */
function separatorStyle(separator: string): SeparatorStyle {
  if (separator === '.') return 'dot';
  return ONE_SPACE_LIKE.test(separator) ? 'space' : 'dash';
}

/**
 * True for the digit-group sizes card numbers are written in: no grouping; a 6-digit BIN then the
 * rest (6-13); or groups of 4-6 digits ending on one no longer than the one before it (4-4-4-4,
 * 4-4-4-4-3, 4-4-4-1, 4-6-5, 4-6-4, 5-5-5-4). A phone number's 3-digit head (1xx xxxx xxxx) and
 * a longer number after short groups (0013 8000 123456) fit none of them.
 */
function isCardLayout(sizes: readonly number[]): boolean {
  const beforeLast = sizes.slice(0, -1);
  const last = sizes.at(-1) ?? 0;
  return (
    beforeLast.length === 0 ||
    (beforeLast.length === 1 && beforeLast[0] === 6) ||
    (beforeLast.every((size) => size >= 4 && size <= 6) && last <= (beforeLast.at(-1) ?? 0))
  );
}

/**
 * True when `digits` (ASCII 0-9 only) start with a card scheme's prefix and are as many as that
 * scheme's cards have, by Braintree's card ranges (credit-card-type): Visa 4…, Mastercard 51–55
 * and 2221–2720, Amex 34/37, UnionPay 62…/81…, JCB, Discover and others. No Luhn check: a card
 * number typed with one digit wrong is still nearly the customer's number.
 */
export function fitsCardScheme(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  // The library returns the most specific scheme the prefix matches (UnionPay over Maestro's 6…).
  return creditCardType(digits).some((scheme) => scheme.lengths.includes(digits.length));
}

/**
 * Masks anything in `text` that looks like a payment card number (13-19 digits whose prefix and
 * count fit a card scheme, ASCII or full-width, not grouped or grouped as cards are: one separator
 * style throughout and card-like group sizes) so that at most its first 6 and last 4 digits stay
 * visible. Everything else, separators included, is left as it was.
 */
export function maskCardNumbers(text: string): string {
  return text.replace(
    DIGIT_RUN,
    (_, plus: string, run: string) => plus + maskRun(run, plus === '+'),
  );
}

function maskRun(run: string, afterPlus: boolean): string {
  const groups = run.split(ONE_SEPARATOR);
  // styles[i] is the style of the separator between groups[i] and groups[i + 1].
  const styles = (run.match(EVERY_SEPARATOR) ?? []).map(separatorStyle);
  const digits = groups.join('').replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));
  let total = 0;
  // Candidates start and end only between groups: digits glued together are one number (a
  // 20-digit reference stays whole), while a card set off from neighbouring digits is still found.
  const bounds = [0, ...groups.map((group) => (total += group.length))];
  const hidden = new Array<boolean>(digits.length).fill(false);
  let coveredUpTo = 0;
  const isCardNumber = (first: number, afterLast: number, start: number, end: number) =>
    end - start >= 13 &&
    isCardLayout(groups.slice(first, afterLast).map((group) => group.length)) &&
    // A '+' starts a phone number (+86 1xx xxxx xxxx), which E.164 caps at 15 digits.
    !(afterPlus && start === 0 && end <= 15) &&
    fitsCardScheme(digits.slice(start, end));
  groups.forEach((_, first) => {
    const start = bounds[first] ?? 0;
    let end: number | undefined;
    // A group holds at least one digit, so the 19-digit cap ends this loop within 19 groups.
    for (let afterLast = first + 1; afterLast < bounds.length; afterLast++) {
      const candidateEnd = bounds[afterLast] ?? 0;
      if (candidateEnd - start > 19) break;
      // One separator style throughout: a change of style rules out this candidate and all longer.
      if (afterLast - first >= 2 && styles[afterLast - 2] !== styles[first]) break;
      if (isCardNumber(first, afterLast, start, candidateEnd)) end = candidateEnd;
    }
    // Longest first: a candidate inside a longer one is already masked by it.
    if (end === undefined || end <= coveredUpTo) return;
    coveredUpTo = end;
    // Edge digits stay visible only at the run's own edge, so they never join neighbouring digits
    // into a new card number on a second pass (keeps masking idempotent).
    hidden.fill(true, start === 0 ? 6 : start, end === digits.length ? end - 4 : end);
  });
  let index = 0;
  return run.replace(ONE_DIGIT, (digit) => (hidden[index++] ? '*' : digit));
}
