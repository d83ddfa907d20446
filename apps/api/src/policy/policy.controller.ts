import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  AcknowledgePolicyDto,
  AcknowledgmentDto,
  CurrentPolicyDto,
  PolicyCoverageDto,
  PolicyStandingDto,
  PolicyVersionDto,
  PolicyVersionParams,
  PolicyVersionSummaryDto,
  PublishPolicyDto,
} from './dto/policy.dto';
import { PolicyReportsService } from './policy-reports.service';
import { PolicyService } from './policy.service';

@ApiTags('policy')
@Controller('policy')
export class PolicyController {
  constructor(
    private readonly policy: PolicyService,
    private readonly reports: PolicyReportsService,
  ) {}

  @Get('current')
  @SignedIn()
  @ApiOperation({ summary: 'The policy in force, and whether I have acknowledged it' })
  @ApiOkResponse({ type: CurrentPolicyDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No policy has been published yet' })
  async current(@CurrentUser() user: AuthenticatedUser): Promise<CurrentPolicyDto> {
    const standing = await this.policy.standing(user.id);
    const current = standing.current ?? (await this.policy.current());
    return { ...PolicyVersionDto.from(current), standing: PolicyStandingDto.from(standing) };
  }

  @Post('current/acknowledgments')
  @SignedIn()
  @ApiOperation({
    summary: 'Acknowledge the policy in force by typing my full name',
    description: 'The record (who, which version, the name typed, when) is the signed copy.',
  })
  @ApiCreatedResponse({ type: AcknowledgmentDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No policy has been published yet' })
  @ApiUnprocessableEntityResponse({ type: ErrorDto, description: 'The name is not mine' })
  async acknowledge(
    @Body() body: AcknowledgePolicyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AcknowledgmentDto> {
    return AcknowledgmentDto.from(await this.policy.acknowledge(user.id, body.fullName));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a new version of the policy' })
  @ApiCreatedResponse({ type: PolicyVersionDto })
  async publish(
    @Body() body: PublishPolicyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyVersionDto> {
    const version = await this.policy.publish(
      { ...body, changeSummary: body.changeSummary ?? '' },
      auditActor(user),
    );
    return PolicyVersionDto.from(version);
  }

  @Get('versions')
  @Roles('admin', 'analyst')
  @ApiOperation({ summary: 'Every published version, newest first, with acknowledgment counts' })
  @ApiOkResponse({ type: [PolicyVersionSummaryDto] })
  async versions(): Promise<PolicyVersionSummaryDto[]> {
    return (await this.policy.list()).map(PolicyVersionSummaryDto.from);
  }

  @Get('versions/:version')
  @SignedIn()
  @ApiOperation({ summary: 'One version of the policy, as published' })
  @ApiOkResponse({ type: PolicyVersionDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async version(@Param() { version }: PolicyVersionParams): Promise<PolicyVersionDto> {
    return PolicyVersionDto.from(await this.policy.version(version));
  }

  @Get('coverage')
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Acknowledgment coverage by department' })
  @ApiOkResponse({ type: PolicyCoverageDto })
  coverage(): Promise<PolicyCoverageDto> {
    return this.reports.coverage();
  }

  @Get('acknowledgments.csv')
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Every acknowledgment on file, as CSV (for personnel files)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  async export(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const day = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="policy-acknowledgments-${day}.csv"`);
    return this.reports.acknowledgmentsCsv();
  }
}
