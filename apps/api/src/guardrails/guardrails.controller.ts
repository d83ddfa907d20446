import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isBlocked } from '@chorus/guardrails';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SignedIn } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ReaderLanguage } from '../common/reader-language.decorator';
import { CheckPostDto, CheckResultDto, FindingDto, GuardrailLanguagesDto } from './dto/check.dto';
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
    @ReaderLanguage() language: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CheckResultDto> {
    const findings = await this.guardrails.check({ ...body, writerId: user.id });
    return {
      findings: findings.map((finding) => FindingDto.from(finding, language)),
      blocked: isBlocked(findings),
    };
  }

  @Get('languages')
  @SignedIn()
  @ApiOperation({
    summary: 'The languages whose profanity every post is checked for',
    description:
      'The languages the organisation uses: the preferred languages of its active people and ' +
      'the languages of the suggested posts they can share now. A post is checked for profanity ' +
      'in each of them, in English and in its own language, whatever language it is in.',
  })
  @ApiOkResponse({ type: GuardrailLanguagesDto })
  async languages(): Promise<GuardrailLanguagesDto> {
    return { languages: await this.guardrails.languages() };
  }
}
