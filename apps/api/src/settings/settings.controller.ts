import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { SettingsDto, UpdateSettingsDto } from './dto/settings.dto';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The organisation-wide settings' })
  @ApiOkResponse({ type: SettingsDto })
  get(): Promise<SettingsDto> {
    return this.settings.get();
  }

  @Patch()
  @Roles('admin')
  @ApiOperation({ summary: 'Change organisation-wide settings; those left out stay as they are' })
  @ApiOkResponse({ type: SettingsDto })
  update(
    @Body() body: UpdateSettingsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SettingsDto> {
    return this.settings.update(body, auditActor(user));
  }
}
