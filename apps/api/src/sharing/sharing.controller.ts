import { ReaderLanguage } from '../common/reader-language.decorator';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { PageQueryDto } from '../common/page-query.dto';
import { AdvocacyStatusDto } from '../advocacy/dto/advocacy.dto';
import { FindingDto } from '../guardrails/dto/check.dto';
import { SharePreflightDto, SharePreflightResultDto } from './dto/preflight.dto';
import {
  CreatedShareDto,
  CreateShareDto,
  MyShareDto,
  MySharesPageDto,
  ShareAdminDto,
  ShareCodeParams,
  ShareParams,
  ShareTotalsDto,
  UpdateShareDto,
} from './dto/share.dto';
import { ShareGateService } from './share-gate.service';
import { SharesService } from './shares.service';
import { UpdateRoute } from '../openapi/routes';

const GATE_REFUSALS = 'code not_enrolled, policy_not_acknowledged or training_required';

@ApiTags('sharing')
@Controller('shares')
export class SharingController {
  constructor(
    private readonly gate: ShareGateService,
    private readonly shares: SharesService,
  ) {}

  @Post()
  @SignedIn()
  @ApiOperation({
    summary: 'Share an item: records the share with a new tracked link',
    description:
      'Checks enrollment, the policy acknowledgment, the training stage and the guardrails; ' +
      'returns the tracked link and the network’s share page to open.',
  })
  @ApiCreatedResponse({ type: CreatedShareDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: GATE_REFUSALS })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The item is not being shared to me' })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description:
      'code guardrails_blocked (details.findings), the network is turned off, or a Mastodon ' +
      'share without a Mastodon handle on my profile (its server is where the share goes)',
  })
  async create(
    @Body() body: CreateShareDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CreatedShareDto> {
    const created = await this.shares.create(user.id, body);
    return {
      id: created.share.id,
      code: created.share.code,
      trackedUrl: created.trackedUrl,
      intentUrl: created.intentUrl,
      copyTextFirst: created.copyTextFirst,
      edited: created.share.edited,
      source: created.share.source,
    };
  }

  @Get('mine')
  @SignedIn()
  @ApiOperation({
    summary: 'My shares, newest first, with what each link earned, and my totals',
  })
  @ApiOkResponse({ type: MySharesPageDto })
  async mine(
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MySharesPageDto> {
    const { items, total, totals } = await this.shares.mine(user.id, query.page, query.pageSize);
    return {
      items: items.map(({ share, trackedUrl }) => MyShareDto.from(share, trackedUrl)),
      total,
      page: query.page,
      pageSize: query.pageSize,
      totals: ShareTotalsDto.from(totals),
    };
  }

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
  @ApiForbiddenResponse({ type: ErrorDto, description: GATE_REFUSALS })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'The item is not being shared to me' })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'code guardrails_blocked, with every finding in details.findings',
  })
  async preflight(
    @Body() body: SharePreflightDto,
    @CurrentUser() user: AuthenticatedUser,
    @ReaderLanguage() language: string,
  ): Promise<SharePreflightResultDto> {
    const clearance = await this.gate.clear({ ...body, userId: user.id });
    return {
      edited: clearance.edited,
      findings: clearance.findings.map((finding) => FindingDto.from(finding, language)),
      status: AdvocacyStatusDto.from(clearance.readiness),
    };
  }

  @Get('by-code/:code')
  @Roles('admin')
  @ApiOperation({ summary: 'The share behind a tracked link (/r/{code})' })
  @ApiOkResponse({ type: ShareAdminDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async byCode(@Param() { code }: ShareCodeParams): Promise<ShareAdminDto> {
    const { share, trackedUrl } = await this.shares.findByCode(code);
    return ShareAdminDto.from(share, trackedUrl);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Turn a tracked link off (it answers 410 Gone) or on again',
    description: 'Links keep working after their item is archived; this is the way to stop one.',
  })
  @UpdateRoute(ShareAdminDto)
  async update(
    @Param() { id }: ShareParams,
    @Body() body: UpdateShareDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ShareAdminDto> {
    const { share, trackedUrl } = await this.shares.setDisabled(
      id,
      body.disabled,
      auditActor(user),
    );
    return ShareAdminDto.from(share, trackedUrl);
  }
}
