import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditDetails } from '@chorus/core';
import { termKey } from '@chorus/guardrails';
import { AuditActor, AuditService, AuditTarget } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { CreateRestrictedTermDto, RestrictedTermsQuery } from './dto/restricted-term.dto';
import { RestrictedTerm } from './entities/restricted-term.entity';
import { RestrictedTermsRepository } from './restricted-terms.repository';

type TermFields = Pick<RestrictedTerm, 'term' | 'category' | 'severity' | 'note'>;

/** The company's restricted terms, which admins maintain and every post is checked against. */
@Injectable()
export class RestrictedTermsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly terms: RestrictedTermsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The terms by name, optionally narrowed by category and a text found in the term or note. */
  list(query: RestrictedTermsQuery = {}): Promise<RestrictedTerm[]> {
    return this.terms.search(query);
  }

  async create(input: CreateRestrictedTermDto, actor: AuditActor): Promise<RestrictedTerm> {
    return this.transactions.run(async (manager) => {
      const key = await this.assertKeyFree(manager, input.term);
      const term = await this.terms.insert(
        { ...input, termKey: key, createdById: actor.id },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'restricted_term.created',
          target: this.target(term),
          summary: { after: this.summary(term) },
        },
        manager,
      );
      return term;
    });
  }

  async update(
    id: string,
    changes: Partial<TermFields>,
    actor: AuditActor,
  ): Promise<RestrictedTerm> {
    return this.transactions.run(async (manager) => {
      const term = await this.get(id, manager, true);
      const before = this.summary(term);
      if (changes.term !== undefined) {
        term.termKey = await this.assertKeyFree(manager, changes.term, id);
      }
      Object.assign(term, changes);
      const after = this.summary(term);
      if (JSON.stringify(before) === JSON.stringify(after)) return term;
      await this.terms.save(term, manager);
      await this.audit.record(
        {
          actor,
          action: 'restricted_term.updated',
          target: this.target(term),
          summary: { before, after },
        },
        manager,
      );
      return term;
    });
  }

  async remove(id: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const term = await this.get(id, manager, true);
      await this.terms.delete(id, manager);
      await this.audit.record(
        {
          actor,
          action: 'restricted_term.deleted',
          target: this.target(term),
          summary: { before: this.summary(term) },
        },
        manager,
      );
    });
  }

  private async get(id: string, manager: EntityManager, lock = false): Promise<RestrictedTerm> {
    const term = await this.terms.findById(id, manager, lock);
    if (!term) throw new DomainError('not_found', 'errors:guardrails.termNotFound', { id });
    return term;
  }

  /** Two terms the checker cannot tell apart ("Café Noir", "cafe-noir") are one term. */
  private async assertKeyFree(
    manager: EntityManager,
    term: string,
    exceptId?: string,
  ): Promise<string> {
    const key = termKey(term);
    if (!key) {
      throw new DomainError('invalid_input', 'errors:guardrails.termWithoutLetters');
    }
    const taken = await this.terms.findHolderOfKey(key, exceptId, manager);
    if (taken) {
      throw new DomainError('conflict', 'errors:guardrails.termTaken', {
        existing: taken.term,
        term,
      });
    }
    return key;
  }

  private target(term: RestrictedTerm): AuditTarget {
    return { type: 'restricted_term', id: term.id, label: term.term };
  }

  private summary(term: TermFields) {
    return {
      term: term.term,
      category: term.category,
      severity: term.severity,
      note: term.note,
    } satisfies AuditDetails;
  }
}
