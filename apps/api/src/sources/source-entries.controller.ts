import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  DismissEntryDto,
  EntryDto,
  EntryPageDto,
  EntryParams,
  EntryQueryDto,
  PromoteEntryDto,
} from './dto/sources.dto';
import { toEntry } from './sources.mapper';
import { SourcesService } from './sources.service';

/** The curators' inbox of links their feeds suggest. */
@ApiTags('sources')
@Controller('source-entries')
export class SourceEntriesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Suggestions from every feed, newest first (new by default)' })
  @ApiOkResponse({ type: EntryPageDto })
  async list(@Query() query: EntryQueryDto): Promise<EntryPageDto> {
    const { items, total } = await this.sources.entries(query);
    return { items: items.map(toEntry), total, page: query.page, pageSize: query.pageSize };
  }

  @Post(':id/promote')
  @Roles('curator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: "Make a suggestion a draft item, with its feed's topics" })
  @ApiOkResponse({ type: EntryDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already promoted or dismissed' })
  async promote(
    @Param() { id }: EntryParams,
    @Body() input: PromoteEntryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EntryDto> {
    return toEntry(await this.sources.promote(id, input, auditActor(user)));
  }

  @Post(':id/dismiss')
  @Roles('curator', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Dismiss a suggestion; the link is not suggested again',
    description:
      "A person's suggestion needs a reason, which its suggester is told; a feed's takes none.",
  })
  @ApiOkResponse({ type: EntryDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already promoted or dismissed' })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: "A person's suggestion without a reason, or a feed's with one",
  })
  async dismiss(
    @Param() { id }: EntryParams,
    @Body() input: DismissEntryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EntryDto> {
    return toEntry(await this.sources.dismiss(id, input, auditActor(user)));
  }
}
