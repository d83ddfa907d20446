import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
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
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ErrorDto } from '../../common/error-response.dto';
import { ContentParams } from '../dto/content-input.dto';
import { SharedThumbnailQueryDto, ThumbnailQueryDto } from './thumbnail-query.dto';
import { isSharedThumbnailSigned } from './thumbnail-url';
import { ThumbnailsService } from './thumbnails.service';

/** A day: the address carries the picture's version, so a new picture is a new address. */
const MAX_AGE_SECONDS = 86_400;

@ApiTags('content')
@Controller('content')
export class ThumbnailsController {
  constructor(
    private readonly thumbnails: ThumbnailsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    return serve(await this.thumbnails.find(id, user), 'private', ifNoneMatch, reply);
  }

  @Get(':id/thumbnail/shared')
  @Public()
  @ApiOperation({
    summary: "An approved item's card picture, at an address Chorus signed",
    description:
      'For Slack and Teams, which fetch the picture of a chat message without signing in. Only ' +
      'addresses Chorus gave out open (sig), only for approved items, and only the picture ' +
      'version they name.',
  })
  @ApiProduces('image/webp', 'image/jpeg', 'image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'Not modified: the ETag sent is current' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No such picture, or a wrong signature' })
  async shared(
    @Param() { id }: ContentParams,
    @Query() { v, sig }: SharedThumbnailQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const signed = isSharedThumbnailSigned(this.config.sessionSecret, id, v, sig);
    const thumbnail = await this.thumbnails.findShared(id, signed ? v : null);
    return serve(thumbnail, 'public', ifNoneMatch, reply);
  }
}

function serve(
  thumbnail: { hash: string; contentType: string; data: Buffer },
  cache: 'private' | 'public',
  ifNoneMatch: string | undefined,
  reply: FastifyReply,
): Buffer | undefined {
  const etag = `"${thumbnail.hash}"`;
  void reply
    .header('etag', etag)
    .header('cache-control', `${cache}, max-age=${MAX_AGE_SECONDS}`)
    .header('x-content-type-options', 'nosniff');
  if (matches(ifNoneMatch, etag)) {
    void reply.status(304);
    return undefined;
  }
  void reply.header('content-type', thumbnail.contentType);
  return thumbnail.data;
}

/** If-None-Match holds `*` or a list of (possibly weak) ETags; a weak match counts for GET. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
