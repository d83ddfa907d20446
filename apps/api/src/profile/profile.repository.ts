import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { SocialNetwork } from '@chorus/core';
import { User } from '../users/entities/user.entity';
import { SocialProfile } from './entities/social-profile.entity';

/** One social profile as a person describes it. */
export interface SocialProfileInput {
  network: SocialNetwork;
  handle: string | null;
  audienceSize: number | null;
}

@Injectable()
export class ProfileRepository {
  constructor(
    @InjectRepository(SocialProfile) private readonly socialProfiles: Repository<SocialProfile>,
  ) {}

  /** A person's social profiles, by network. */
  findSocialProfiles(userId: string): Promise<SocialProfile[]> {
    return this.socialProfiles.find({ where: { userId }, order: { network: 'ASC' } });
  }

  /** Replaces every social profile of a person with these. */
  async replaceSocialProfiles(
    userId: string,
    profiles: SocialProfileInput[],
    manager: EntityManager = this.socialProfiles.manager,
  ): Promise<void> {
    await manager.delete(SocialProfile, { userId });
    if (profiles.length > 0) {
      await manager.insert(
        SocialProfile,
        profiles.map((profile) => ({ userId, ...profile })),
      );
    }
  }

  /** Erases a person's account; what hangs on it goes by the schema's cascades. */
  async deleteAccount(
    userId: string,
    manager: EntityManager = this.socialProfiles.manager,
  ): Promise<void> {
    await manager.delete(User, { id: userId });
  }
}
