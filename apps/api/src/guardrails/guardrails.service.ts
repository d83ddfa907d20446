import { Inject, Injectable } from '@nestjs/common';
import { sampleTrackedLink, type PreferredLanguage, type VariantNetwork } from '@chorus/core';
import { check, compileTerms, isBlocked, type Finding, type TermMatcher } from '@chorus/guardrails';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { publicAddress } from '../config/public-address';
import { RestrictedTermsRepository } from './restricted-terms.repository';

export interface PostToCheck {
  text: string;
  network: VariantNetwork;
  language?: PreferredLanguage | string | null;
  /** The link the post will carry; by default one as long as a share's tracked link. */
  link?: string;
}

/**
 * Runs the guardrails checker (`@chorus/guardrails`) with the company's restricted terms. The
 * compiled terms are kept while the table is unchanged: one cheap query per check tells whether
 * any replica changed them since.
 */
@Injectable()
export class GuardrailsService {
  private compiled?: { revision: string; matcher: TermMatcher };

  constructor(
    private readonly terms: RestrictedTermsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(post: PostToCheck): Promise<Finding[]> {
    return check(post.text, {
      network: post.network,
      language: post.language ?? null,
      terms: await this.currentTerms(),
      link: post.link ?? sampleTrackedLink(publicAddress(this.config)),
    });
  }

  /** Refuses a post with a blocking finding: a 422 that lists every finding. */
  async assertAllowed(post: PostToCheck): Promise<Finding[]> {
    const findings = await this.check(post);
    if (isBlocked(findings)) {
      const reasons = findings.filter((finding) => finding.severity === 'block');
      throw new DomainError(
        'guardrails_blocked',
        'errors:sharing.blocked',
        { reasons: reasons.map((finding) => finding.message).join(' ') },
        { details: { findings } },
      );
    }
    return findings;
  }

  private async currentTerms(): Promise<TermMatcher> {
    const revision = await this.terms.revision();
    if (this.compiled?.revision !== revision) {
      const rows = await this.terms.findAll();
      this.compiled = { revision, matcher: compileTerms(rows) };
    }
    return this.compiled.matcher;
  }
}
