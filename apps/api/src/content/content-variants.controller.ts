import { Body, Controller, Delete, Param, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
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
import { ContentVariantsService } from './content-variants.service';
import { ContentItemPresenter } from './content-item.presenter';
import { ContentService } from './content.service';
import { ContentParams, VariantInputDto, VariantParams } from './dto/content-input.dto';
import { ContentItemDto } from './dto/content.dto';
import { DeleteRoute } from '../openapi/routes';

@ApiTags('content')
@Controller('content/:id/variants')
export class ContentVariantsController {
  constructor(
    private readonly variants: ContentVariantsService,
    private readonly content: ContentService,
    private readonly presenter: ContentItemPresenter,
  ) {}

  @Post()
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Add a suggested post for one network (or any) in one language' })
  @ApiCreatedResponse({ type: ContentItemDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'No content item with that id' })
  @ApiConflictResponse({ type: ErrorDto, description: 'Same network and language exists' })
  @ApiUnprocessableEntityResponse({ type: ErrorDto, description: "Over the network's limit" })
  async add(
    @Param() { id }: ContentParams,
    @Body() input: VariantInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContentItemDto> {
    await this.variants.add(id, input, auditActor(user));
    return this.presenter.present(await this.content.get(id), user);
  }

  @Put(':variantId')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Replace a suggested post' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto })
  @ApiUnprocessableEntityResponse({ type: ErrorDto })
  async update(
    @Param() { id, variantId }: VariantParams,
    @Body() input: VariantInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContentItemDto> {
    await this.variants.update(id, variantId, input, auditActor(user));
    return this.presenter.present(await this.content.get(id), user);
  }

  @Delete(':variantId')
  @Roles('curator', 'admin')
  @DeleteRoute({ conflict: 'The item is archived or approved' })
  @ApiOperation({ summary: 'Remove a suggested post' })
  async remove(
    @Param() { id, variantId }: VariantParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.variants.remove(id, variantId, auditActor(user));
  }
}
