import { Controller, Get, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SignedLink } from '../auth/decorators/access.decorator';
import { UnsubscribeTokenParamDto } from './dto/unsubscribe.dto';
import { UnsubscribeService, type UnsubscribePage } from './unsubscribe.service';

/**
 * The pages of unsubscribe links (outside /api: people open them from mail). GET shows a
 * question and a button and changes nothing, since mail security scanners open every link;
 * POST, from the button or a mail client's RFC 8058 one-click, unsubscribes. A token Chorus did
 * not sign is a 404 page.
 */
@ApiExcludeController()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  @SignedLink()
  async question(
    @Param() { token }: UnsubscribeTokenParamDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return send(reply, await this.unsubscribe.question(token, acceptLanguage));
  }

  @Post(':token')
  @SignedLink()
  async confirm(
    @Param() { token }: UnsubscribeTokenParamDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return send(reply, await this.unsubscribe.unsubscribe(token, acceptLanguage));
  }
}

function send(reply: FastifyReply, page: UnsubscribePage): string {
  void reply
    .status(page.status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex');
  return page.html;
}
