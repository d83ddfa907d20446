import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { Public, SignedIn } from '../../auth/decorators/access.decorator';
import { ErrorDto } from '../../common/error-response.dto';
import { ContentParams } from '../dto/content-input.dto';
import { MailedThumbnailParams, ThumbnailQueryDto } from './thumbnail-query.dto';
import { ThumbnailsService } from './thumbnails.service';

/** A day: the address carries the picture's version, so a new picture is a new address. */
const MAX_AGE_SECONDS = 86_400;

@ApiTags('content')
@Controller('content')
export class ThumbnailsController {
  constructor(private readonly thumbnails: ThumbnailsService) {}

  @Get(':id/thumbnail')
  @SignedIn()
  @ApiOperation({
    summary: "An item's card picture, as its thumbnailUrl names it",
    description:
      "The page's image, fetched once and scaled down by Chorus. Employees get those of approved " +
      "items; curators every item's. Answers 304 to an If-None-Match with its ETag.",
  })
  @ApiProduces('image/webp', 'image/jpeg', 'image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'Not modified: the ETag sent is current' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No thumbnail, or not one you may see' })
  async get(
    @Param() { id }: ContentParams,
    @Query() _query: ThumbnailQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const thumbnail = await this.thumbnails.find(id, user);
    const etag = `"${thumbnail.hash}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', `private, max-age=${MAX_AGE_SECONDS}`)
      .header('x-content-type-options', 'nosniff');
    if (matches(ifNoneMatch, etag)) {
      void reply.status(304);
      return undefined;
    }
    void reply.header('content-type', thumbnail.contentType);
    return thumbnail.data;
  }

  @Get(':id/thumbnails/:hash')
  @Public()
  @ApiOperation({
    summary: "An approved item's card picture, as a mail names it",
    description:
      'For mail clients, which send no session: the address holds the whole hash of the ' +
      'picture, so only those sent it can load it, and a new picture is a new address (cached ' +
      'for good). Approved items only.',
  })
  @ApiProduces('image/webp', 'image/jpeg', 'image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such picture of an approved item' })
  async mailed(
    @Param() { id, hash }: MailedThumbnailParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const thumbnail = await this.thumbnails.findMailed(id, hash);
    void reply
      .header('content-type', thumbnail.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff');
    return thumbnail.data;
  }
}

/** If-None-Match holds `*` or a list of (possibly weak) ETags; a weak match counts for GET. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
