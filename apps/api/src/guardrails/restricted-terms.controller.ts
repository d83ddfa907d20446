import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  CreateRestrictedTermDto,
  RestrictedTermDto,
  RestrictedTermParams,
  RestrictedTermsQuery,
  UpdateRestrictedTermDto,
} from './dto/restricted-term.dto';
import { RestrictedTermsService } from './restricted-terms.service';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';

/**
 * Only admins see the list: it names unannounced projects. Employees learn about a term when
 * their own post contains it.
 */
@ApiTags('guardrails')
@Controller('restricted-terms')
export class RestrictedTermsController {
  constructor(private readonly terms: RestrictedTermsService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The restricted terms, by name' })
  @ApiOkResponse({ type: [RestrictedTermDto] })
  async list(@Query() query: RestrictedTermsQuery): Promise<RestrictedTermDto[]> {
    return (await this.terms.list(query)).map(RestrictedTermDto.from);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a restricted term' })
  @ApiCreatedResponse({ type: RestrictedTermDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The same term exists' })
  async create(
    @Body() body: CreateRestrictedTermDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RestrictedTermDto> {
    return RestrictedTermDto.from(await this.terms.create(body, auditActor(user)));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a restricted term; fields left out stay as they are' })
  @UpdateRoute(RestrictedTermDto, { conflict: 'The same term exists' })
  async update(
    @Param() { id }: RestrictedTermParams,
    @Body() body: UpdateRestrictedTermDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RestrictedTermDto> {
    return RestrictedTermDto.from(await this.terms.update(id, body, auditActor(user)));
  }

  @Delete(':id')
  @Roles('admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Remove a restricted term' })
  async remove(
    @Param() { id }: RestrictedTermParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.terms.remove(id, auditActor(user));
  }
}
