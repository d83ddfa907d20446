import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { RestrictedTerm } from './entities/restricted-term.entity';
import { GuardrailsController } from './guardrails.controller';
import { GuardrailsService } from './guardrails.service';
import { OrganisationLanguagesRepository } from './organisation-languages.repository';
import { RestrictedTermsController } from './restricted-terms.controller';
import { RestrictedTermsRepository } from './restricted-terms.repository';
import { RestrictedTermsService } from './restricted-terms.service';

@Module({
  imports: [TypeOrmModule.forFeature([RestrictedTerm]), AuditModule, UsersModule],
  controllers: [GuardrailsController, RestrictedTermsController],
  providers: [
    GuardrailsService,
    OrganisationLanguagesRepository,
    RestrictedTermsService,
    RestrictedTermsRepository,
  ],
  exports: [GuardrailsService, RestrictedTermsRepository],
})
export class GuardrailsModule {}
