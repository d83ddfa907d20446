import type { Finding, FindingKind, GuardrailMessageKey, Severity } from './findings';
import { IBAN_LENGTHS, isValidIban } from './iban';
import { originalSpan, visibleText } from './invisible';

/**
 * Personal data in a post: e-mail addresses and phone numbers (a warning: they may be the
 * company's own) and bank account and card numbers (blocked: never shared). Each span gets one
 * finding: an IBAN is not also a phone number, and numbers inside links are left alone.
 * Invisible characters ('jan\u200B@example.com', a soft hyphen in an IBAN) hide nothing: the
 * text is read without them, and each finding spans the original text.
 */

/** What each kind of personal data is said with (see the `guardrails` message catalogue). */
const MESSAGES = {
  email: 'guardrails:email',
  phone: 'guardrails:phone',
  iban: 'guardrails:iban',
  payment_card: 'guardrails:paymentCard',
} as const satisfies Record<
  Exclude<FindingKind, 'profanity' | 'restricted_term' | 'length'>,
  GuardrailMessageKey
>;
type PersonalDataKind = keyof typeof MESSAGES;

const LINK = /(?:https?:\/\/|www\.)\S+/gi;
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}])/gu;
/** Two letters and two digits, where a word starts: perhaps an IBAN's country and check digits. */
const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
/** Digits in groups separated by one space or dash: perhaps a card number. */
const DIGIT_GROUPS = /(?<![\p{L}\p{N}+])\d+(?:[ \u00a0-]\d+)*(?![\p{L}\p{N}])/gu;
/** Digits in groups, perhaps in parentheses and after a '+': perhaps a phone number. */
const PHONE =
  /(?<![\p{L}\p{N}+#/.,:-])(?:\+ ?)?(?:\(\d{1,5}\) ?)?\d+(?:(?:[ \u00a0.-]|[ \u00a0]?\(\d{1,5}\)[ \u00a0]?)\d+)*(?![\p{L}\p{N}])/gu;
const DATE = /^(?:\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2})(?!\d)/;
const US_PHONE = /^(?:\(\d{3}\) ?\d{3}[-. ]\d{4}|\d{3}([-.])\d{3}\1\d{4})$/;

interface Found {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** The personal data in a post, in no particular order. */
export function findPersonalData(text: string): Finding[] {
  const visible = visibleText(text);
  return findIn(visible.text).map(({ kind, start: from, end: to }) => {
    const { start, end } = originalSpan(visible, from, to);
    return {
      kind,
      severity: (kind === 'iban' || kind === 'payment_card' ? 'block' : 'warn') satisfies Severity,
      start,
      end,
      key: MESSAGES[kind],
      params: {},
      match: text.slice(start, end),
    };
  });
}

function findIn(text: string): Found[] {
  const found: Found[] = [];
  const taken: { start: number; end: number }[] = [];
  const isFree = (start: number, end: number): boolean =>
    !taken.some((span) => span.start < end && start < span.end);
  const take = (kind: PersonalDataKind | null, start: number, end: number): void => {
    taken.push({ start, end });
    if (kind) found.push({ kind, start, end });
  };

  if (text.includes('://') || /www\./i.test(text)) {
    for (const url of text.matchAll(LINK)) take(null, url.index, url.index + url[0].length);
  }
  if (text.includes('@')) {
    for (const email of text.matchAll(EMAIL)) {
      take('email', email.index, email.index + email[0].length);
    }
  }
  // Every IBAN, card and phone number has at least 8 digits: most posts have fewer.
  if (countDigits(text) >= 8) {
    for (const { start, end, valid } of ibans(text)) {
      if (isFree(start, end)) take(valid ? 'iban' : null, start, end);
    }
    for (const { start, end } of cards(text)) {
      if (isFree(start, end)) take('payment_card', start, end);
    }
    for (const { start, end } of phones(text)) {
      if (isFree(start, end)) take('phone', start, end);
    }
  }
  return found;
}

function countDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits += 1;
  }
  return digits;
}

/**
 * IBAN-shaped spans: a country code, two digits and as many more letters and digits as the
 * country's IBAN has, with or without single spaces between them. `valid` when the check digits
 * agree; an invalid one is still not read as a phone or card number.
 */
function* ibans(text: string): Generator<{ start: number; end: number; valid: boolean }> {
  for (const found of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS[found[0].slice(0, 2).toUpperCase()];
    if (!length) continue;
    let compact = '';
    let end = found.index;
    while (end < text.length && compact.length < length) {
      const char = text[end];
      if (/[A-Za-z0-9]/.test(char)) compact += char;
      else if (!(char === ' ' || char === '\u00a0') || !/[A-Za-z0-9]/.test(text[end + 1] ?? ''))
        break;
      end += 1;
    }
    if (compact.length !== length || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    yield { start: found.index, end, valid: isValidIban(compact.toUpperCase()) };
  }
}

/**
 * Card numbers: 13 to 19 digits with a plausible issuer (first digit 3, 4, 5 or 6, or
 * Mastercard's 2221-2720) and a valid Luhn check digit, written as one run of digits or in groups
 * the way cards print them: a first group of 4 digits, then groups of 4 to 6, the last of 1 to 6
 * ('4111 1111 1111 1111', '3782 822463 10005'). So a list of small numbers is never a card.
 */
function* cards(text: string): Generator<{ start: number; end: number }> {
  for (const found of text.matchAll(DIGIT_GROUPS)) {
    const groups = [...found[0].matchAll(/\d+/g)];
    const lengths = groups.map((group) => group[0].length);
    for (let first = 0; first < groups.length; first += 1) {
      const last = longestCard(groups, lengths, first);
      if (last < 0) continue;
      const end = groups[last].index + groups[last][0].length;
      yield { start: found.index + groups[first].index, end: found.index + end };
      first = last;
    }
  }
}

/** The last group of the longest card number that starts at group `first`, or -1. */
function longestCard(
  groups: readonly RegExpExecArray[],
  lengths: readonly number[],
  first: number,
): number {
  if (lengths[first] !== 4) {
    const digits = groups[first][0];
    return digits.length >= 13 && digits.length <= 19 && isCardNumber(digits) ? first : -1;
  }
  let found = -1;
  let digits = groups[first][0];
  for (let last = first + 1; last < groups.length && digits.length < 19; last += 1) {
    if (lengths[last] > 6) break;
    digits += groups[last][0];
    if (digits.length >= 13 && digits.length <= 19 && isCardNumber(digits)) found = last;
    if (lengths[last] < 4) break; // only the last group may be shorter
  }
  return found;
}

function isCardNumber(digits: string): boolean {
  return plausibleIssuer(digits) && luhn(digits);
}

function plausibleIssuer(digits: string): boolean {
  if ('3456'.includes(digits[0])) return true;
  const prefix = Number(digits.slice(0, 4));
  return prefix >= 2221 && prefix <= 2720;
}

/** The Luhn (mod 10) check that every card number passes. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Phone numbers: international ('+' then 8 to 15 digits, with spaces, dots, dashes or
 * parentheses), national ones starting with 0 and 9 to 11 digits long ('020 123 4567',
 * '0612345678'), and US style ('(555) 123-4567', '555-123-4567'). Dates, order numbers,
 * prices and year ranges do not start with 0 or a '+', or are read as dates first.
 */
function* phones(text: string): Generator<{ start: number; end: number }> {
  for (const found of text.matchAll(PHONE)) {
    const candidate = found[0];
    const digits = candidate.replace(/\D/g, '').length;
    const international = candidate.startsWith('+') && digits >= 8 && digits <= 15;
    const national =
      /^\(?0/.test(candidate) && digits >= 9 && digits <= 11 && !DATE.test(candidate);
    if (international || national || US_PHONE.test(candidate)) {
      yield { start: found.index, end: found.index + candidate.length };
    }
  }
}
