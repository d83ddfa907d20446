import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_UI_LANGUAGE,
  sampleTrackedLink,
  translated,
  uiLanguageFor,
  type PreferredLanguage,
  type UiLanguage,
  type VariantNetwork,
} from '@chorus/core';
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
import { UsersRepository } from '../users/users.repository';
import type { RestrictedTerm } from './entities/restricted-term.entity';
import { GuardrailsBlockedError } from './guardrails-blocked.error';
import { OrganisationLanguagesRepository } from './organisation-languages.repository';
import { RestrictedTermsRepository } from './restricted-terms.repository';

export interface PostToCheck {
  text: string;
  network: VariantNetwork;
  language?: PreferredLanguage | string | null;
  /** The link the post will carry; by default one as long as a share's tracked link. */
  link?: string;
  /**
   * Who writes the post: restricted terms' notes are in their language (their profile's UI
   * language) where the admins wrote one, in the main note otherwise. Without it, the main note.
   */
  writerId?: string;
}

/**
 * Runs the guardrails checker (`@chorus/guardrails`) with the company's restricted terms and
 * the languages it uses. Both are kept while the tables they come from are unchanged: one cheap
 * query each per check tells whether any replica changed them since. The terms are compiled once
 * per language their notes are read in, the first time a writer of that language needs it.
 */
@Injectable()
export class GuardrailsService {
  private compiled?: {
    revision: string;
    rows: RestrictedTerm[];
    matchers: Map<UiLanguage, TermMatcher>;
  };
  private languagesCache?: { revision: string; languages: string[] };

  constructor(
    private readonly terms: RestrictedTermsRepository,
    private readonly organisation: OrganisationLanguagesRepository,
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(post: PostToCheck): Promise<Finding[]> {
    const [terms, languages] = await Promise.all([
      this.writerLanguage(post.writerId).then((language) => this.currentTerms(language)),
      this.languages(),
    ]);
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

  private async writerLanguage(writerId: string | undefined): Promise<UiLanguage> {
    const preferred = writerId ? await this.users.languageOf(writerId) : null;
    return preferred ? uiLanguageFor(preferred) : DEFAULT_UI_LANGUAGE;
  }

  /** The company's terms, compiled with their notes in `language`. */
  private async currentTerms(language: UiLanguage): Promise<TermMatcher> {
    const revision = await this.terms.revision();
    if (this.compiled?.revision !== revision) {
      this.compiled = { revision, rows: await this.terms.findAll(), matchers: new Map() };
    }
    const { rows, matchers } = this.compiled;
    let matcher = matchers.get(language);
    if (!matcher) {
      matcher = compileTerms(
        rows.map((row) => ({ ...row, note: translated(row.note, row.notes, language) })),
      );
      matchers.set(language, matcher);
    }
    return matcher;
  }
}
