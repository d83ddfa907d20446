import { Module } from '@nestjs/common';
import { AdvocacyModule } from '../advocacy/advocacy.module';
import { ContentModule } from '../content/content.module';
import { GuardrailsModule } from '../guardrails/guardrails.module';
import { ShareGateService } from './share-gate.service';
import { SharingController } from './sharing.controller';

@Module({
  imports: [AdvocacyModule, ContentModule, GuardrailsModule],
  controllers: [SharingController],
  providers: [ShareGateService],
  exports: [ShareGateService],
})
export class SharingModule {}
