import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { policyVersionLabel, sameFullName } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError, InvalidInputError, problem } from '../common/domain-error';
import { LOCKS, lockForTransaction } from '../database/advisory-lock';
import { Transactions } from '../database/transactions';
import { PolicyAcknowledgment } from './entities/policy-acknowledgment.entity';
import { PolicyVersion } from './entities/policy-version.entity';
import { PolicyVersionText } from './entities/policy-version-text.entity';
import { PolicyNotifier } from './policy-notifier';
import { PolicyRepository, type PolicyTextSummary } from './policy.repository';

/** A version's text in one language, as an admin writes it. */
export interface PolicyTextInput {
  language: string;
  title: string;
  body: string;
  changeSummary: string;
}

export interface NewPolicyVersion {
  /** The language readers without a text of their own read; one of the texts' languages. */
  mainLanguage: string;
  /** One text per language, the main language's among them. */
  texts: PolicyTextInput[];
  requiresAcknowledgment: boolean;
}

/** A version with the text a reader gets, and why that one. */
export interface PolicyReading {
  version: PolicyVersion;
  text: PolicyVersionText;
  /** The language the reader asked for, or prefers. */
  requestedLanguage: string;
  /** True when the version has no text in it, so the reader gets the main language's. */
  fellBack: boolean;
  /** Every language the version has a text in. */
  languages: string[];
}

/** Where a person stands with the policy. */
export interface PolicyStanding {
  current: PolicyVersion | null;
  /** Their acknowledgment of the highest version they acknowledged. */
  latest: (PolicyAcknowledgment & { policyVersion: PolicyVersion }) | null;
  /** The version they must have acknowledged at least: 0 while no policy is published. */
  requiredVersion: number;
  upToDate: boolean;
}

export interface VersionWithCount {
  version: PolicyVersion;
  acknowledgments: number;
  /** Its texts, without their bodies; the main language's is among them. */
  texts: PolicyTextSummary[];
}

/** The written social media policy: versions admins publish and the acknowledgments people sign. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: PolicyRepository,
    private readonly audit: AuditService,
    private readonly notifier: PolicyNotifier,
  ) {}

  /** The version in force, or a 404 while none is published. */
  async current(manager?: EntityManager): Promise<PolicyVersion> {
    const current = await this.repository.findLatestVersion(manager);
    if (!current) throw new DomainError('not_found', 'errors:policy.notPublished');
    return current;
  }

  async version(number: number, manager?: EntityManager): Promise<PolicyVersion> {
    const version = await this.repository.findVersion(number, manager);
    if (!version)
      throw new DomainError('not_found', 'errors:policy.versionNotFound', { version: number });
    return version;
  }

  /** The language a person prefers to read in (their profile's). */
  async readerLanguage(userId: string): Promise<string> {
    return (await this.repository.getSigner(userId)).language;
  }

  /**
   * A version's text in `language` when it has one, else in its main language: which one the
   * reader gets, and that it fell back.
   */
  async read(
    version: PolicyVersion,
    language: string,
    manager?: EntityManager,
  ): Promise<PolicyReading> {
    const languages = await this.repository.textLanguages(version.id, manager);
    const fellBack = !languages.includes(language);
    const text = await this.repository.findText(
      version.id,
      fellBack ? version.mainLanguage : language,
      manager,
    );
    // The main language's text is written with the version, in the same transaction.
    if (!text) throw new Error(`Policy version ${version.version} has no main text`);
    return { version, text, requestedLanguage: language, fellBack, languages };
  }

  /** Every version, newest first, with how many people acknowledged each and its texts. */
  async list(): Promise<VersionWithCount[]> {
    const versions = await this.repository.listVersionsWithAcknowledgmentCounts();
    const texts = await this.repository.textSummaries(versions.map(({ version }) => version.id));
    return versions.map((row) => ({
      ...row,
      texts: texts.filter((text) => text.policyVersionId === row.version.id),
    }));
  }

  async standing(userId: string, manager?: EntityManager): Promise<PolicyStanding> {
    const [current, required, latest] = await Promise.all([
      this.repository.findLatestVersion(manager),
      this.repository.requiredVersion(manager),
      this.repository.findLatestAcknowledgment(userId, manager),
    ]);
    const acknowledged = latest?.policyVersion?.version ?? 0;
    return {
      current,
      latest: (latest as PolicyStanding['latest']) ?? null,
      requiredVersion: required,
      upToDate: acknowledged >= required,
    };
  }

  /**
   * Publishes the next version with its texts. The first version always needs acknowledging;
   * later ones do when the admin says so (a typo fix need not send everyone back to sign again).
   */
  async publish(input: NewPolicyVersion, actor: AuditActor): Promise<PolicyReading> {
    const languages = input.texts.map((text) => text.language);
    const twice = languages.find((language, index) => languages.indexOf(language) !== index);
    if (twice !== undefined) {
      throw new InvalidInputError([
        problem('errors:policy.duplicateLanguage', { language: twice }, { field: 'texts' }),
      ]);
    }
    if (!languages.includes(input.mainLanguage)) {
      throw new InvalidInputError([
        problem(
          'errors:policy.mainLanguageWithoutText',
          { languages: languages.join(', ') },
          { field: 'mainLanguage' },
        ),
      ]);
    }
    return this.transactions.run(async (manager) => {
      await lockForTransaction(manager, LOCKS.policyVersions);
      const previous = await this.repository.findLatestVersion(manager);
      const version = await this.repository.insertVersion(
        {
          version: (previous?.version ?? 0) + 1,
          mainLanguage: input.mainLanguage,
          requiresAcknowledgment: previous ? input.requiresAcknowledgment : true,
          publishedById: actor.id,
        },
        manager,
      );
      for (const text of input.texts) {
        await this.repository.saveText(
          {
            ...text,
            policyVersionId: version.id,
            addedById: actor.id,
            updatedById: actor.id,
            addedAt: version.publishedAt,
            updatedAt: version.publishedAt,
          },
          manager,
        );
      }
      const reading = await this.read(version, input.mainLanguage, manager);
      await this.audit.record(
        {
          actor,
          action: 'policy.published',
          target: { type: 'policy', id: version.id, label: policyVersionLabel(version.version) },
          summary: {
            after: {
              version: version.version,
              title: reading.text.title,
              requiresAcknowledgment: version.requiresAcknowledgment,
              mainLanguage: version.mainLanguage,
              languages: reading.languages,
            },
          },
        },
        manager,
      );
      await this.notifier.published(version, manager);
      return reading;
    });
  }

  /**
   * Adds a version's text in another language, or corrects the one it has. The version stays
   * the same, so nobody is asked to sign again. The main language's text is what the version was
   * published as: changing it takes a new version.
   */
  async saveTranslation(
    number: number,
    input: PolicyTextInput,
    actor: AuditActor,
  ): Promise<{ reading: PolicyReading; created: boolean }> {
    return this.transactions.run(async (manager) => {
      await lockForTransaction(manager, LOCKS.policyVersions);
      const version = await this.version(number, manager);
      if (input.language === version.mainLanguage) {
        throw new DomainError('conflict', 'errors:policy.mainTextFixed', {
          language: input.language,
          version: number,
        });
      }
      const before = await this.repository.findText(version.id, input.language, manager);
      const now = new Date();
      await this.repository.saveText(
        {
          ...input,
          policyVersionId: version.id,
          updatedById: actor.id,
          updatedAt: now,
          ...(before ? {} : { addedById: actor.id, addedAt: now }),
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: before ? 'policy.translation_updated' : 'policy.translation_added',
          // The language is in the summary: the label is the one the audit log reads in words.
          target: { type: 'policy', id: version.id, label: policyVersionLabel(version.version) },
          summary: {
            ...(before
              ? {
                  before: {
                    title: before.title,
                    bodyLength: before.body.length,
                    changeSummary: before.changeSummary,
                  },
                }
              : {}),
            after: {
              version: version.version,
              language: input.language,
              title: input.title,
              bodyLength: input.body.length,
              changeSummary: input.changeSummary,
            },
          },
        },
        manager,
      );
      return { reading: await this.read(version, input.language, manager), created: !before };
    });
  }

  /**
   * Signs the current version with the person's full name, typed as on their account, in the
   * language of the text they read (by default the one they are served). Signing twice keeps the
   * first signature.
   */
  async acknowledge(
    userId: string,
    typedName: string,
    language?: string,
  ): Promise<PolicyAcknowledgment & { policyVersion: PolicyVersion }> {
    return this.transactions.run(async (manager) => {
      const current = await this.current(manager);
      const user = await this.repository.getSigner(userId, manager);
      if (!sameFullName(typedName, user.name)) {
        throw new DomainError('unprocessable', 'errors:policy.signatureMismatch', {
          name: user.name,
        });
      }
      let signed: string;
      if (language === undefined) {
        signed = (await this.read(current, user.language, manager)).text.language;
      } else {
        const languages = await this.repository.textLanguages(current.id, manager);
        if (!languages.includes(language)) {
          throw new DomainError('unprocessable', 'errors:policy.noTextToSign', {
            version: current.version,
            language,
            languages: languages.join(', '),
          });
        }
        signed = language;
      }
      const acknowledgment = await this.repository.acknowledgeOnce(
        { userId, policyVersionId: current.id, language: signed, typedName: typedName.trim() },
        manager,
      );
      return Object.assign(acknowledgment, { policyVersion: current });
    });
  }

  /** Every acknowledgment the person signed, oldest first (for their data export). */
  async acknowledgmentsOf(userId: string) {
    const rows = await this.repository.findAcknowledgmentsOf(userId);
    return rows.map((ack) => ({
      version: ack.policyVersion?.version,
      language: ack.language,
      title: ack.text?.title,
      typedName: ack.typedName,
      acknowledgedAt: ack.acknowledgedAt,
    }));
  }
}
