import { renderMessage } from '@chorus/core';
import type { FindingKind } from './findings';
import { luhn } from './personal-data';
import { check } from './index';

function found(text: string) {
  return check(text, { network: 'any', language: 'en' }).map((finding) => {
    expect(text.slice(finding.start, finding.end)).toBe(finding.match);
    return [finding.kind, finding.match, finding.severity];
  });
}

describe('personal data', () => {
  it.each([
    ['Mail jan.devries@example.com today', 'email', 'jan.devries@example.com', 'warn'],
    ['Write to Søren+news@mail.example.co.uk.', 'email', 'Søren+news@mail.example.co.uk', 'warn'],
    ['Call +31 6 1234 5678', 'phone', '+31 6 1234 5678', 'warn'],
    ['Call +1 (555) 123-4567!', 'phone', '+1 (555) 123-4567', 'warn'],
    ['Call +30 210 123 4567', 'phone', '+30 210 123 4567', 'warn'],
    ['Call +31 (0)20 123 4567', 'phone', '+31 (0)20 123 4567', 'warn'],
    ['Call +4512345678', 'phone', '+4512345678', 'warn'],
    ['Call 06-12345678', 'phone', '06-12345678', 'warn'],
    ['Call 020 123 4567.', 'phone', '020 123 4567', 'warn'],
    ['Call 0612345678', 'phone', '0612345678', 'warn'],
    ['Call 020.123.4567', 'phone', '020.123.4567', 'warn'],
    ['Call (555) 123-4567', 'phone', '(555) 123-4567', 'warn'],
    ['Call 555-123-4567', 'phone', '555-123-4567', 'warn'],
    ['IBAN NL91 ABNA 0417 1643 00', 'iban', 'NL91 ABNA 0417 1643 00', 'block'],
    ['IBAN NL91ABNA0417164300.', 'iban', 'NL91ABNA0417164300', 'block'],
    ['IBAN nl91abna0417164300', 'iban', 'nl91abna0417164300', 'block'],
    ['IBAN DE89 3704 0044 0532 0130 00', 'iban', 'DE89 3704 0044 0532 0130 00', 'block'],
    ['IBAN GB82 WEST 1234 5698 7654 32', 'iban', 'GB82 WEST 1234 5698 7654 32', 'block'],
    [
      'IBAN FR14 2004 1010 0505 0001 3M02 606',
      'iban',
      'FR14 2004 1010 0505 0001 3M02 606',
      'block',
    ],
    ['IBAN BE68 5390 0754 7034', 'iban', 'BE68 5390 0754 7034', 'block'],
    ['IBAN NO93 8601 1117 947', 'iban', 'NO93 8601 1117 947', 'block'],
    ['IBAN DK50 0040 0440 1162 43', 'iban', 'DK50 0040 0440 1162 43', 'block'],
    ['IBAN SE45 5000 0000 0583 9825 7466', 'iban', 'SE45 5000 0000 0583 9825 7466', 'block'],
    [
      'IBAN GR16 0110 1250 0000 0001 2300 695',
      'iban',
      'GR16 0110 1250 0000 0001 2300 695',
      'block',
    ],
    ['Card 4111 1111 1111 1111', 'payment_card', '4111 1111 1111 1111', 'block'],
    ['Card 4111-1111-1111-1111', 'payment_card', '4111-1111-1111-1111', 'block'],
    ['Card 4111111111111111', 'payment_card', '4111111111111111', 'block'],
    ['Amex 3782 822463 10005', 'payment_card', '3782 822463 10005', 'block'],
    ['Mastercard 2221 0000 0000 0009', 'payment_card', '2221 0000 0000 0009', 'block'],
    ['Card 4111 1111 1111 1111 2026', 'payment_card', '4111 1111 1111 1111', 'block'],
    ['In 2026 4111 1111 1111 1111', 'payment_card', '4111 1111 1111 1111', 'block'],
    ['Visa 4222 2222 2222 2', 'payment_card', '4222 2222 2222 2', 'block'],
  ])('finds in %j: %s %j', (text, kind, match, severity) => {
    expect(found(text)).toEqual([[kind as FindingKind, match, severity]]);
  });

  it.each([
    'Order 20231145 shipped',
    'Order ORD-2023-114578 shipped',
    'Invoice #0045-2231',
    'Ticket #0612345678',
    'On 2026-11-22 at 10:30',
    'On 22.11.2026 at 10:30',
    'On 01-12-2026 14:30',
    'Worth €1,234,567 in 2019-2026',
    'Up +5% to 1.234.567',
    'Version 10.0.19045',
    'IBAN NL92 ABNA 0417 1643 00',
    'IBAN NL91ABNA041716430',
    'Card 4111 1111 1111 1112',
    'Card 1111 1111 1111 1111',
    'Pages 3 4 5 6 7 8 9 10 11 12 13 14 15',
    'Codes 4111 11 1111 1111 1111',
    'Mastercard 2800 0000 0000 0004',
    'See https://example.com/call/0612345678 and https://example.com/?card=4111111111111111',
    'Ask @chorus or me@localhost',
    'Ranked 4th of 0 in 2026',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports one finding per span: an IBAN is not also a phone or card number', () => {
    const text =
      'NL91 ABNA 0417 1643 00 and DE89 3704 0044 0532 0130 00 and 0612345678@example.com';
    expect(found(text).map(([kind]) => kind)).toEqual(['iban', 'iban', 'email']);
  });

  it.each([
    ['Mail jan\u200b@example\u00ad.com', 'email', 'jan\u200b@example\u00ad.com', 'warn'],
    ['Call +31\u200b6 1234\u2060 5678', 'phone', '+31\u200b6 1234\u2060 5678', 'warn'],
    ['IBAN NL91\u00adABNA\u00ad0417164300', 'iban', 'NL91\u00adABNA\u00ad0417164300', 'block'],
    [
      'Card \u20684111\u200d1111\u200d1111\u200d1111\u2069',
      'payment_card',
      '4111\u200d1111\u200d1111\u200d1111',
      'block',
    ],
    ['🎉👨‍👩‍👧 jan@example.com', 'email', 'jan@example.com', 'warn'],
  ])('is not fooled by invisible characters in %j', (text, kind, match, severity) => {
    expect(found(text)).toEqual([[kind, match, severity]]);
  });

  it('explains each kind of personal data', () => {
    const findings = check('jan@example.com, 0612345678, NL91ABNA0417164300, 4111111111111111', {
      network: 'any',
    });
    expect(findings.map(({ key, params }) => renderMessage('en', key, params))).toEqual([
      "This looks like an e-mail address. Do not share colleagues' or customers' contact details.",
      "This looks like a phone number. Do not share colleagues' or customers' contact details.",
      'This looks like a bank account number (IBAN). Never share bank details in a post.',
      'This looks like a payment card number. Never share card details in a post.',
    ]);
  });

  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['79927398710', false],
  ])('checks Luhn digits of %s', (digits, valid) => {
    expect(luhn(digits)).toBe(valid);
  });
});
