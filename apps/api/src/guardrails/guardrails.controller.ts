import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isBlocked } from '@chorus/guardrails';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SignedIn } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { CheckPostDto, CheckResultDto, FindingDto } from './dto/check.dto';
import { GuardrailsService } from './guardrails.service';

@ApiTags('guardrails')
@Controller('guardrails')
export class GuardrailsController {
  constructor(private readonly guardrails: GuardrailsService) {}

  @Post('check')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({
    summary: 'Check a post against the guardrails',
    description:
      'Profanity, the company’s restricted terms, personal data and the network’s length limit, ' +
      'exactly as a share is checked. Block findings stop a share; warnings only inform. ' +
      'Restricted terms’ notes are in my language where the admins wrote one.',
  })
  @ApiOkResponse({ type: CheckResultDto })
  async check(
    @Body() body: CheckPostDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CheckResultDto> {
    const findings = await this.guardrails.check({ ...body, writerId: user.id });
    return { findings: findings.map(FindingDto.from), blocked: isBlocked(findings) };
  }
}
