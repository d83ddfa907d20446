import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Not, Repository } from 'typeorm';
import { LOCKS, lockKeyedBy } from '../database/advisory-lock';
import { containsPattern } from '../common/search-pattern';
import { RestrictedTermsQuery } from './dto/restricted-term.dto';
import { RestrictedTerm } from './entities/restricted-term.entity';

@Injectable()
export class RestrictedTermsRepository {
  constructor(
    @InjectRepository(RestrictedTerm) private readonly terms: Repository<RestrictedTerm>,
  ) {}

  /** A text that changes whenever any replica adds, changes or removes a term. */
  async revision(): Promise<string> {
    const [{ revision }] = await this.terms.query<{ revision: string }[]>(
      `SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') AS revision
         FROM restricted_terms`,
    );
    return revision;
  }

  /** Every term, by key. */
  findAll(): Promise<RestrictedTerm[]> {
    return this.terms.find({ order: { termKey: 'ASC' } });
  }

  /** The terms by name, optionally narrowed by category and a text found in the term or note. */
  search(query: RestrictedTermsQuery): Promise<RestrictedTerm[]> {
    const builder = this.terms.createQueryBuilder('term').orderBy('term.term_key', 'ASC');
    if (query.category) builder.andWhere('term.category = :category', query);
    if (query.search) {
      const pattern = containsPattern(query.search);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('term.term ILIKE :pattern', { pattern })
            .orWhere('term.note ILIKE :pattern', { pattern })
            .orWhere('term.notes::text ILIKE :pattern', { pattern }),
        ),
      );
    }
    return builder.getMany();
  }

  /** One term, or null; locked until the caller's transaction ends when `lock` is set. */
  findById(
    id: string,
    manager: EntityManager = this.terms.manager,
    lock = false,
  ): Promise<RestrictedTerm | null> {
    return manager.findOne(RestrictedTerm, {
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  /**
   * The term, other than `exceptId`, that has this key, or null. Holds the key's lock until the
   * caller's transaction ends, so no one else can take the key meanwhile.
   */
  async findHolderOfKey(
    key: string,
    exceptId: string | undefined,
    manager: EntityManager,
  ): Promise<RestrictedTerm | null> {
    await lockKeyedBy(manager, LOCKS.restrictedTermKey, key);
    return manager.findOneBy(RestrictedTerm, {
      termKey: key,
      ...(exceptId ? { id: Not(exceptId) } : {}),
    });
  }

  /** Saves a new term and returns it. */
  insert(
    term: Partial<RestrictedTerm>,
    manager: EntityManager = this.terms.manager,
  ): Promise<RestrictedTerm> {
    return manager.save(manager.create(RestrictedTerm, term));
  }

  /** Saves a term's changes. */
  async save(term: RestrictedTerm, manager: EntityManager = this.terms.manager): Promise<void> {
    await manager.save(term);
  }

  async delete(id: string, manager: EntityManager = this.terms.manager): Promise<void> {
    await manager.delete(RestrictedTerm, { id });
  }
}
