import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, Not, Repository } from 'typeorm';
import type { AuditDetails } from '@chorus/core';
import { termKey } from '@chorus/guardrails';
import { AuditActor, AuditService, AuditTarget } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { containsPattern } from '../common/search-pattern';
import { CreateRestrictedTermDto, RestrictedTermsQuery } from './dto/restricted-term.dto';
import { RestrictedTerm } from './entities/restricted-term.entity';

type TermFields = Pick<RestrictedTerm, 'term' | 'category' | 'severity' | 'note'>;

/** The company's restricted terms, which admins maintain and every post is checked against. */
@Injectable()
export class RestrictedTermsService {
  constructor(
    @InjectRepository(RestrictedTerm) private readonly terms: Repository<RestrictedTerm>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The terms by name, optionally narrowed by category and a text found in the term or note. */
  list(query: RestrictedTermsQuery = {}): Promise<RestrictedTerm[]> {
    const builder = this.terms.createQueryBuilder('term').orderBy('term.term_key', 'ASC');
    if (query.category) builder.andWhere('term.category = :category', query);
    if (query.search) {
      const pattern = containsPattern(query.search);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('term.term ILIKE :pattern', { pattern })
            .orWhere('term.note ILIKE :pattern', { pattern }),
        ),
      );
    }
    return builder.getMany();
  }

  async create(input: CreateRestrictedTermDto, actor: AuditActor): Promise<RestrictedTerm> {
    return this.dataSource.transaction(async (manager) => {
      const key = await this.assertKeyFree(manager, input.term);
      const term = await manager.save(
        manager.create(RestrictedTerm, { ...input, termKey: key, createdById: actor.id }),
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
    return this.dataSource.transaction(async (manager) => {
      const term = await this.get(id, manager, true);
      const before = this.summary(term);
      if (changes.term !== undefined) {
        term.termKey = await this.assertKeyFree(manager, changes.term, id);
      }
      Object.assign(term, changes);
      const after = this.summary(term);
      if (JSON.stringify(before) === JSON.stringify(after)) return term;
      await manager.save(term);
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
    await this.dataSource.transaction(async (manager) => {
      const term = await this.get(id, manager, true);
      await manager.delete(RestrictedTerm, { id });
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
    const term = await manager.findOne(RestrictedTerm, {
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!term) throw new DomainError('not_found', `No restricted term with id ${id}.`);
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
      throw new DomainError('invalid_input', 'term must contain at least one letter or digit');
    }
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`chorus.term:${key}`]);
    const taken = await manager.findOneBy(RestrictedTerm, {
      termKey: key,
      ...(exceptId ? { id: Not(exceptId) } : {}),
    });
    if (taken) {
      throw new DomainError(
        'conflict',
        `“${taken.term}” is already a restricted term, and matches the same words as “${term}”.`,
      );
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
