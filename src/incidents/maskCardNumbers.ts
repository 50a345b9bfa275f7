const DIGIT = '0-9\uFF10-\uFF19';
const SEPARATOR = ' .\\-\u00A0\u2009\u2010-\u2015\u202F\u3000\uFF0D';
// Linear time: every loop step must consume a digit, so a failed match backs off one character at most.
const DIGIT_RUN = new RegExp(`(\\+?)([${DIGIT}](?:[${SEPARATOR}]?[${DIGIT}])*)`, 'g');
const ONE_DIGIT = new RegExp(`[${DIGIT}]`, 'g');
const ONE_SEPARATOR = new RegExp(`[${SEPARATOR}]`);
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** True when `digits` (ASCII 0-9 only) passes the Luhn check that every card number passes. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  const sum = [...digits].reverse().reduce((total, digit, i) => {
    const value = Number(digit) * (i % 2 === 1 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return sum % 10 === 0;
}

/**
 * Masks anything in `text` that looks like a payment card number (13-19 Luhn-valid digits,
 * ASCII or full-width, optionally grouped by single separators) so that at most its first 6
 * and last 4 digits stay visible. Everything else, separators included, is left as it was.
 */
export function maskCardNumbers(text: string): string {
  return text.replace(
    DIGIT_RUN,
    (_, plus: string, run: string) => plus + maskRun(run, plus === '+'),
  );
}

function maskRun(run: string, afterPlus: boolean): string {
  const groups = run.split(ONE_SEPARATOR);
  const digits = groups.join('').replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));
  let total = 0;
  // Candidates start and end only between groups: digits glued together are one number (a
  // 20-digit reference stays whole), while a card set off from neighbouring digits is still found.
  const bounds = [0, ...groups.map((group) => (total += group.length))];
  const hidden = new Array<boolean>(digits.length).fill(false);
  let coveredUpTo = 0;
  const isCardNumber = (start: number, end: number) =>
    end - start >= 13 &&
    end - start <= 19 &&
    // A '+' starts a phone number (+86 138 0013 8000), which E.164 caps at 15 digits.
    !(afterPlus && start === 0 && end <= 15) &&
    luhnValid(digits.slice(start, end));
  bounds.forEach((start, g) => {
    // A group holds at least one digit, so 19 digits never span more than 19 groups.
    const end = bounds
      .slice(g + 1, g + 20)
      .filter((e) => isCardNumber(start, e))
      .at(-1);
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
