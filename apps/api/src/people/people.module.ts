import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { User } from '../users/entities/user.entity';
import { UsersModule } from '../users/users.module';
import { PeopleImportRepository } from './import/people-import.repository';
import { PeopleImportService } from './import/people-import.service';
import { PeopleController } from './people.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { ImportNotifier } from './import/import-notifier';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    UsersModule,
    AuthModule,
    AccountsModule,
    AuditModule,
    GroupsModule,
    NotificationsModule,
  ],
  controllers: [PeopleController],
  providers: [
    PeopleService,
    PeopleRepository,
    PeopleImportService,
    PeopleImportRepository,
    ImportNotifier,
  ],
})
export class PeopleModule {}
