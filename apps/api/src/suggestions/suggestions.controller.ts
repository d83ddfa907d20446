import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import { PageQueryDto } from '../common/page-query.dto';
import {
  CreatePageSuggestionDto,
  MySuggestionPageDto,
  PageLookupDto,
  PageLookupQueryDto,
  PageSuggestionDto,
} from './dto/suggestions.dto';
import { toMySuggestion, toSuggestion } from './suggestions.mapper';
import { SuggestionsService } from './suggestions.service';

/** Pages people suggest to the curators, and "can I share this page?" (the browser extension). */
@ApiTags('suggestions')
@Controller()
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Post('suggestions')
  // Who may suggest depends on the programme too (see maySuggestPages): the service decides.
  @SignedIn()
  @ApiOperation({
    summary: "Suggest a page to the curators' inbox",
    description:
      'For curators, admins and people in the advocacy programme (403 otherwise). 201 with the ' +
      'new suggestion; 200 with the one already in the inbox for that page (given this note if ' +
      'it had none); 409 when the page is already an item (details.id names it) or the curators ' +
      'set it aside; 422 when the address is not a public web page.',
  })
  @ApiCreatedResponse({ type: PageSuggestionDto, description: 'Suggested' })
  @ApiOkResponse({ type: PageSuggestionDto, description: 'Already in the inbox' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already an item, or set aside' })
  @ApiUnprocessableEntityResponse({ type: ErrorDto, description: 'Not a public web page' })
  async suggest(
    @Body() input: CreatePageSuggestionDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PageSuggestionDto> {
    const { entry, created } = await this.suggestions.suggest(user, input);
    void reply.status(created ? 201 : 200);
    return toSuggestion(entry);
  }

  @Get('suggestions/mine')
  @SignedIn()
  @ApiOperation({
    summary: 'The pages I suggested, newest first, with what became of each',
    description:
      'Waiting in the inbox, in preparation (made an item, not approved yet), approved (with ' +
      'the item) or declined (with the curators’ reason).',
  })
  @ApiOkResponse({ type: MySuggestionPageDto })
  async mine(
    @Query() page: PageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MySuggestionPageDto> {
    const { items, total } = await this.suggestions.mine(user.id, page);
    return { items: items.map(toMySuggestion), total, page: page.page, pageSize: page.pageSize };
  }

  @Get('content/lookup')
  @SignedIn()
  @ApiOperation({
    summary: 'Whether I can share a page now, Chorus has it otherwise, or not at all',
    description:
      'What the portal asks for a page the browser extension names: `shareable` leads to the ' +
      'share dialog, `known` and `unknown` to saying so (and offering to suggest it).',
  })
  @ApiOkResponse({ type: PageLookupDto })
  @ApiUnprocessableEntityResponse({ type: ErrorDto, description: 'Not a web address' })
  lookup(
    @Query() { url }: PageLookupQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PageLookupDto> {
    return this.suggestions.lookup(user.id, url);
  }
}
