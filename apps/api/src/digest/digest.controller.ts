import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { DigestService } from './digest.service';
import { DigestPreviewDto, DigestPreviewQuery } from './dto/digest-preview.dto';

@ApiTags('digests')
@Controller('digests')
export class DigestController {
  constructor(private readonly digests: DigestService) {}

  @Get('preview')
  @Roles('admin')
  @ApiOperation({
    summary: "A person's digest as they would receive it now",
    description:
      'Their items, figures and news as of now, in their language, whether or not a digest is ' +
      'due for them; nothing is queued or recorded.',
  })
  @ApiOkResponse({ type: DigestPreviewDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such person' })
  preview(@Query() query: DigestPreviewQuery): Promise<DigestPreviewDto> {
    return this.digests.preview(query.userId);
  }
}
