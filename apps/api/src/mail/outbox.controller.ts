import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { PageQueryDto } from '../common/page-query.dto';
import {
  MailDeliveriesPageDto,
  MailDeliveriesQueryDto,
  MailDeliveryDto,
  MailDeliveryParams,
} from './dto/mail-delivery.dto';
import { OutboxMessageDto, OutboxPageDto } from './dto/outbox.dto';
import { MailService } from './mail.service';

@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'Mail kept because no SMTP server is configured (SMTP_URL), newest first',
  })
  @ApiOkResponse({ type: OutboxPageDto })
  async list(@Query() query: PageQueryDto): Promise<OutboxPageDto> {
    const [items, total] = await this.mail.listOutbox(query.page, query.pageSize);
    return {
      items: items.map(OutboxMessageDto.from),
      total,
      page: query.page,
      pageSize: query.pageSize,
      delivering: this.mail.delivers,
    };
  }

  @Get('deliveries')
  @Roles('admin')
  @ApiOperation({
    summary: 'The mail queue, newest first: where each mail stands, its attempts and last error',
  })
  @ApiOkResponse({ type: MailDeliveriesPageDto })
  async deliveries(@Query() query: MailDeliveriesQueryDto): Promise<MailDeliveriesPageDto> {
    const [items, total] = await this.mail.listDeliveries(query.page, query.pageSize, query.status);
    return {
      items: items.map(MailDeliveryDto.from),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  @Post('deliveries/:id/retry')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Queue a failed mail again, with a fresh set of attempts' })
  @ApiOkResponse({ type: MailDeliveryDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No mail with this id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'The mail has not failed' })
  async retry(
    @Param() { id }: MailDeliveryParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MailDeliveryDto> {
    return MailDeliveryDto.from(await this.mail.retry(id, auditActor(user)));
  }
}
