import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { UsersModule } from '../users/users.module';
import { SsoController } from './sso.controller';
import { SsoService } from './sso.service';

@Module({
  imports: [AuthModule, AuditModule, GroupsModule, UsersModule],
  controllers: [SsoController],
  providers: [SsoService],
})
export class SsoModule {}
