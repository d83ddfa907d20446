import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/access.decorator';
import { PageQueryDto } from '../common/page-query.dto';
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
}
