import { renderMessage, type VariantNetwork } from '@chorus/core';
import { check, type Finding } from './index';
import { findLength } from './length';

const LINK = 'https://news.example.com/articles/2026/11/a-rather-long-path-for-this-article';
const FAMILY = '👨‍👩‍👧‍👦';

function lengthFinding(text: string, network: VariantNetwork, link?: string) {
  const findings = check(text, { network, link }).filter((finding) => finding.kind === 'length');
  expect(findings.length).toBeLessThanOrEqual(1);
  if (findings[0]) expect(text.slice(findings[0].start, findings[0].end)).toBe(findings[0].match);
  return findings[0] && said(findings[0]);
}

/** The finding with its sentence said in English, as the API says it. */
function said({ key, params, ...finding }: Finding) {
  return { ...finding, message: renderMessage('en', key, params) };
}

describe('length', () => {
  it('counts the appended link as 23 characters on X', () => {
    expect(lengthFinding('a'.repeat(256), 'x', LINK)).toBeUndefined();
    expect(lengthFinding(`${'a'.repeat(250)}bcdefgh`, 'x', LINK)).toEqual({
      kind: 'length',
      severity: 'block',
      start: 256,
      end: 257,
      match: 'h',
      message: 'Too long for X: 281 of 280 characters.',
      limit: 280,
      length: 281,
    });
  });

  it('counts links in the text as 23 characters on X and spans a link past the limit', () => {
    const text = `${'a'.repeat(270)} ${LINK}`;
    const finding = lengthFinding(text, 'x');
    expect(finding).toMatchObject({ start: 271, match: LINK, length: 294, limit: 280 });
    expect(lengthFinding(`${'a'.repeat(250)} ${LINK}`, 'x')).toBeUndefined();
  });

  it('weighs emoji and CJK 2 and bare domains 23 on X, as X does', () => {
    expect(lengthFinding(`${'a'.repeat(279)}🎉`, 'x')).toMatchObject({
      match: '🎉',
      length: 281,
      message: 'Too long for X: 281 of 280 characters.',
    });
    expect(lengthFinding(`${'中'.repeat(140)}`, 'x')).toBeUndefined();
    expect(lengthFinding(`${'中'.repeat(141)}`, 'x')).toMatchObject({ start: 140, length: 282 });
    expect(lengthFinding(`${'a'.repeat(257)} example.com/x`, 'x')).toMatchObject({
      match: 'example.com/x',
      length: 281,
    });
  });

  it('counts graphemes on Bluesky, so a family emoji is one', () => {
    expect(lengthFinding(FAMILY.repeat(300), 'bluesky')).toBeUndefined();
    const text = `${FAMILY.repeat(299)}é${FAMILY}`;
    expect(lengthFinding(text, 'bluesky')).toMatchObject({
      match: FAMILY,
      length: 301,
      limit: 300,
      message: 'Too long for Bluesky: 301 of 300 characters.',
    });
  });

  it('counts code points elsewhere, so an emoji after the limit is spanned whole', () => {
    const text = `${'a'.repeat(2999)}🎉!`;
    expect(lengthFinding(text, 'linkedin')).toMatchObject({ match: '!', length: 3001 });
    expect(lengthFinding(`${'a'.repeat(3000)}🎉`, 'linkedin')).toMatchObject({ match: '🎉' });
  });

  it('applies the tightest limit for a post meant for any network', () => {
    expect(lengthFinding('b'.repeat(281), 'any')).toMatchObject({
      match: 'b',
      limit: 280,
      length: 281,
      message:
        'Too long for X: 281 of 280 characters (a post for any network must fit the tightest limit).',
    });
    expect(lengthFinding('b'.repeat(280), 'any')).toBeUndefined();
  });

  it('does not check networks without a limit worth checking', () => {
    expect(lengthFinding('c'.repeat(10_000), 'email', LINK)).toBeUndefined();
    expect(lengthFinding('c'.repeat(10_000), 'whatsapp')).toBeUndefined();
  });

  it('spans the last character when only the appended link is past the limit', () => {
    const link = `https://example.com/${'p'.repeat(280)}`;
    expect(findLength('abc', 'reddit', link)).toMatchObject({
      start: 2,
      end: 3,
      match: 'c',
      length: 300 + 4,
    });
    expect(findLength('', 'reddit', link)).toBeNull();
    expect(findLength('', 'reddit', `${link}p`)).toMatchObject({
      start: 0,
      end: 0,
      match: '',
      length: 301,
    });
    expect(findLength('ab🎉', 'reddit', link)).toMatchObject({ start: 2, end: 4, match: '🎉' });
  });

  it('spans the text as typed when leading whitespace is trimmed before counting', () => {
    const text = `  ${'a'.repeat(299)}bc`;
    expect(findLength(text, 'reddit', 'https://x.io')).toMatchObject({
      start: 302,
      end: 303,
      match: 'c',
      length: 301 + 1 + 'https://x.io'.length,
    });
  });
});
