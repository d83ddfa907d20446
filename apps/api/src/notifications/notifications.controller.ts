import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SignedIn } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { PageQueryDto } from '../common/page-query.dto';
import {
  MarkReadDto,
  NotificationDto,
  NotificationPageDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'My notifications, newest first' })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() { page, pageSize }: PageQueryDto,
  ): Promise<NotificationPageDto> {
    const [items, total] = await this.notifications.list(user.id, page, pageSize);
    return { items: items.map((item) => NotificationDto.from(item)), total, page, pageSize };
  }

  @Get('unread-count')
  @SignedIn()
  @ApiOperation({
    summary: 'How many of my notifications are unread',
    description: 'Counted up to 100 (the bell shows 99+ beyond), cheap enough for every page.',
  })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCountDto> {
    return { count: await this.notifications.unreadCount(user.id) };
  }

  @Post('read')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Mark some or all of my notifications read',
    description: 'Either `ids` (of my own notifications; others are ignored) or `all: true`.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorDto })
  async markRead(@CurrentUser() user: AuthenticatedUser, @Body() body: MarkReadDto): Promise<void> {
    await this.notifications.markRead(user.id, body);
  }
}
