import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/access.decorator';
import { AuditService } from './audit.service';
import { AuditEntryDto, AuditPageDto } from './dto/audit-entry.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

/** Read-only on purpose: the log is append-only through the API. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Browse the audit log, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  async search(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const { items, total } = await this.audit.search(query);
    return {
      items: items.map(AuditEntryDto.from),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
