import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SignedIn } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  NotificationPreferencesDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'How I hear from Chorus',
    description:
      'A channel per kind meant for my roles, the kinds my administrators turned off, the ' +
      'digest, quiet hours and my time zone.',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  get(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesDto> {
    return this.preferences.get(user);
  }

  @Put()
  @SignedIn()
  @ApiOperation({
    summary: 'Change how I hear from Chorus',
    description: 'Parts left out stay as they are; `off` is read only.',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'A kind my administrators turned off for everyone',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() changes: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.update(user, changes);
  }
}
