import { sampleTrackedLink, type PreferredLanguage, type VariantNetwork } from '@chorus/core';
import { check, isBlocked, type Finding } from '@chorus/guardrails';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { guardrailLanguagesQuery, type CheckResult } from './api/guardrails-check-queries';
import { useGuardrailsCheck } from './use-guardrails-check';

/** How long typing pauses before the server checks the post. */
export const SERVER_CHECK_DELAY_MS = 400;

export interface PostToCheck {
  text: string;
  network: VariantNetwork;
  language: PreferredLanguage;
}

export interface PostFindings {
  /** What to look at in the post, sorted by where it starts. */
  findings: readonly Finding[];
  blocked: boolean;
  /** The server has yet to check this very post (only it knows the restricted terms). */
  checking: boolean;
  /** The server could not check it: the findings are the browser's own. */
  serverFailed: boolean;
}

/**
 * The guardrails' findings for a post as it is typed. The browser checks at once for
 * profanity (in the post's language and every language the organisation uses, as the server
 * does; in every language it knows until it has those), personal data and length; the server, once typing pauses, also for the company's
 * restricted terms, which the portal never receives. Its answer counts when it is for the
 * current text, network and language; until then the browser's findings show, with the
 * restricted terms of the last answer that are still where they were.
 */
export function usePostFindings({ text, network, language }: PostToCheck): PostFindings {
  const link = sampleTrackedLink(window.location.origin);
  const languages = useQuery(guardrailLanguagesQuery()).data?.languages;
  const local = useMemo(
    () => check(text, { network, language, languages, link }),
    [text, network, language, languages, link],
  );
  const post = useMemo(() => ({ text, network, language }), [text, network, language]);
  const [settled] = useDebouncedValue(post, SERVER_CHECK_DELAY_MS);
  const body = settled.text.trim() === '' ? null : settled;
  const server = useGuardrailsCheck(body);

  const empty = text.trim() === '';
  const current = body !== null && samePost(body, post);
  if (current && server.isSuccess && !server.isPlaceholderData) {
    return {
      findings: serverFindings(server.data.findings),
      blocked: server.data.blocked,
      checking: false,
      serverFailed: false,
    };
  }
  const serverFailed = current && server.isError;
  const earlier = serverFindings(server.data?.findings ?? []);
  const findings = [...local, ...stillThere(earlier, text)].sort(byPlace);
  return {
    findings,
    blocked: isBlocked(findings),
    checking: !empty && !serverFailed,
    serverFailed,
  };
}

/**
 * The server's findings as the checker's: the same library made them, so their keys are the
 * same catalogue's (the document types them as text); each also carries the server's sentence.
 */
function serverFindings(findings: CheckResult['findings']): readonly Finding[] {
  return findings as readonly Finding[];
}

function samePost(a: PostToCheck, b: PostToCheck): boolean {
  return a.text === b.text && a.network === b.network && a.language === b.language;
}

/** Restricted terms an earlier answer found that the text still has at the same place. */
function stillThere(findings: readonly Finding[], text: string): Finding[] {
  return findings.filter(
    (finding) =>
      finding.kind === 'restricted_term' &&
      text.slice(finding.start, finding.end) === finding.match,
  );
}

function byPlace(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}
