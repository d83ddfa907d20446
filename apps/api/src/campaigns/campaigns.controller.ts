import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { CampaignsService } from './campaigns.service';
import {
  CampaignDto,
  CampaignParams,
  CreateCampaignDto,
  UpdateCampaignDto,
} from './dto/campaign.dto';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @Roles('curator', 'analyst', 'admin')
  @ApiOperation({ summary: 'Every campaign, newest first, with how many content items it has' })
  @ApiOkResponse({ type: [CampaignDto] })
  async list(): Promise<CampaignDto[]> {
    return (await this.campaigns.list()).map(CampaignDto.withCount);
  }

  @Get(':id')
  @Roles('curator', 'analyst', 'admin')
  @ApiOperation({ summary: 'One campaign' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async get(@Param() { id }: CampaignParams): Promise<CampaignDto> {
    return CampaignDto.withCount(await this.campaigns.getWithCount(id));
  }

  @Post()
  @Roles('curator', 'admin')
  @ApiOperation({
    summary: 'Add a campaign',
    description:
      'Without a slug, one is made from the name (lower-case, accents stripped, words joined by hyphens).',
  })
  @ApiCreatedResponse({ type: CampaignDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Another campaign has the slug' })
  async create(
    @Body() body: CreateCampaignDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CampaignDto> {
    const campaign = await this.campaigns.create(body, auditActor(user));
    return CampaignDto.withCount({ campaign, itemCount: 0 });
  }

  @Patch(':id')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Change a campaign; fields left out stay as they are' })
  @UpdateRoute(CampaignDto, { conflict: 'Another campaign has the slug' })
  async update(
    @Param() { id }: CampaignParams,
    @Body() body: UpdateCampaignDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CampaignDto> {
    return CampaignDto.withCount(await this.campaigns.update(id, body, auditActor(user)));
  }

  @Delete(':id')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Delete a campaign; its content stays, in no campaign' })
  async remove(
    @Param() { id }: CampaignParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.campaigns.remove(id, auditActor(user));
  }
}
