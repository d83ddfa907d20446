import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
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
  PolicyLanguageQuery,
  PolicyStandingDto,
  PolicyTextParams,
  PolicyTranslationDto,
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
  @ApiOperation({
    summary: 'The policy in force, in my language, and whether I have acknowledged it',
    description:
      'The text in `language` (default: my preferred language) when the version has one, else in its main language, with `fellBack` set.',
  })
  @ApiOkResponse({ type: CurrentPolicyDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No policy has been published yet' })
  async current(
    @Query() query: PolicyLanguageQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CurrentPolicyDto> {
    const standing = await this.policy.standing(user.id);
    const current = standing.current ?? (await this.policy.current());
    const language = query.language ?? (await this.policy.readerLanguage(user.id));
    const reading = await this.policy.read(current, language);
    return { ...PolicyVersionDto.from(reading), standing: PolicyStandingDto.from(standing) };
  }

  @Post('current/acknowledgments')
  @SignedIn()
  @ApiOperation({
    summary: 'Acknowledge the policy in force by typing my full name',
    description:
      'The record (who, which version, the language of the text read, the name typed, when) is the signed copy.',
  })
  @ApiCreatedResponse({ type: AcknowledgmentDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No policy has been published yet' })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'The name is not mine, or the version has no text in that language',
  })
  async acknowledge(
    @Body() body: AcknowledgePolicyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AcknowledgmentDto> {
    return AcknowledgmentDto.from(
      await this.policy.acknowledge(user.id, body.fullName, body.language),
    );
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a new version of the policy, in one or more languages' })
  @ApiCreatedResponse({ type: PolicyVersionDto, description: 'Its main language text' })
  @ApiBadRequestResponse({ type: ErrorDto })
  async publish(
    @Body() body: PublishPolicyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyVersionDto> {
    const reading = await this.policy.publish(
      {
        ...body,
        texts: body.texts.map((text) => ({ ...text, changeSummary: text.changeSummary ?? '' })),
      },
      auditActor(user),
    );
    return PolicyVersionDto.from(reading);
  }

  @Put('versions/:version/texts/:language')
  @Roles('admin', 'analyst')
  @ApiOperation({
    summary: "Add or correct a version's text in another language than its main one",
    description:
      'The version stays the same: nobody has to acknowledge it again. Its main language text cannot change (publish a new version).',
  })
  @ApiOkResponse({ type: PolicyVersionDto, description: 'The text as saved' })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such version' })
  @ApiConflictResponse({ type: ErrorDto, description: "The version's main language" })
  async saveTranslation(
    @Param() { version, language }: PolicyTextParams,
    @Body() body: PolicyTranslationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyVersionDto> {
    const { reading } = await this.policy.saveTranslation(
      version,
      { ...body, language, changeSummary: body.changeSummary ?? '' },
      auditActor(user),
    );
    return PolicyVersionDto.from(reading);
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
  @ApiOperation({
    summary: 'One version of the policy, as published, in my language or the one asked for',
  })
  @ApiOkResponse({ type: PolicyVersionDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async version(
    @Param() { version }: PolicyVersionParams,
    @Query() query: PolicyLanguageQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PolicyVersionDto> {
    const found = await this.policy.version(version);
    const language = query.language ?? (await this.policy.readerLanguage(user.id));
    return PolicyVersionDto.from(await this.policy.read(found, language));
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
