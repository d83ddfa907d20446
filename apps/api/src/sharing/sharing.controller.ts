import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { AdvocacyStatusDto } from '../advocacy/dto/advocacy.dto';
import { FindingDto } from '../guardrails/dto/check.dto';
import { SharePreflightDto, SharePreflightResultDto } from './dto/preflight.dto';
import { ShareGateService } from './share-gate.service';

@ApiTags('sharing')
@Controller('shares')
export class SharingController {
  constructor(private readonly gate: ShareGateService) {}

  @Post('preflight')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({
    summary: 'Ask whether a share would be accepted, without sharing',
    description:
      'Runs every check a share runs: enrollment, policy acknowledgment, training stage, ' +
      'and the guardrails. Each refusal carries a code the portal turns into the screen that ' +
      'resolves it.',
  })
  @ApiOkResponse({ type: SharePreflightResultDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({
    type: ErrorDto,
    description: 'code not_enrolled, policy_not_acknowledged or training_required',
  })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The item is not being shared' })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'code guardrails_blocked, with every finding in details.findings',
  })
  async preflight(
    @Body() body: SharePreflightDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SharePreflightResultDto> {
    const clearance = await this.gate.clear({ ...body, userId: user.id });
    return {
      edited: clearance.edited,
      findings: clearance.findings.map(FindingDto.from),
      status: AdvocacyStatusDto.from(clearance.readiness),
    };
  }
}
