import { Inject, Injectable } from '@nestjs/common';
import { sampleTrackedLink, type PreferredLanguage, type VariantNetwork } from '@chorus/core';
import {
  check,
  compileTerms,
  isBlocked,
  organisationLanguages,
  type Finding,
  type TermMatcher,
} from '@chorus/guardrails';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { publicAddress } from '../config/public-address';
import { GuardrailsBlockedError } from './guardrails-blocked.error';
import { OrganisationLanguagesRepository } from './organisation-languages.repository';
import { RestrictedTermsRepository } from './restricted-terms.repository';

export interface PostToCheck {
  text: string;
  network: VariantNetwork;
  language?: PreferredLanguage | string | null;
  /** The link the post will carry; by default one as long as a share's tracked link. */
  link?: string;
}

/**
 * Runs the guardrails checker (`@chorus/guardrails`) with the company's restricted terms and
 * the languages it uses. Both are kept while the tables they come from are unchanged: one cheap
 * query each per check tells whether any replica changed them since.
 */
@Injectable()
export class GuardrailsService {
  private compiled?: { revision: string; matcher: TermMatcher };
  private languagesCache?: { revision: string; languages: string[] };

  constructor(
    private readonly terms: RestrictedTermsRepository,
    private readonly organisation: OrganisationLanguagesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(post: PostToCheck): Promise<Finding[]> {
    const [terms, languages] = await Promise.all([this.currentTerms(), this.languages()]);
    return check(post.text, {
      network: post.network,
      language: post.language ?? null,
      languages,
      terms,
      link: post.link ?? sampleTrackedLink(publicAddress(this.config)),
    });
  }

  /** Refuses a post with a blocking finding: a 422 that lists every finding. */
  async assertAllowed(post: PostToCheck): Promise<Finding[]> {
    const findings = await this.check(post);
    if (isBlocked(findings)) throw new GuardrailsBlockedError(findings);
    return findings;
  }

  /**
   * The languages the organisation uses, whose profanity is checked in every post: the preferred
   * languages of its active people and the languages of the posts they can share now.
   */
  async languages(): Promise<string[]> {
    const revision = await this.organisation.revision();
    if (this.languagesCache?.revision !== revision) {
      const languages = organisationLanguages(await this.organisation.languages());
      this.languagesCache = { revision, languages };
    }
    return this.languagesCache.languages;
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
