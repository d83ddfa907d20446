import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, Matches } from '../../common/validators';
import { keyed } from '../../common/validation-message';
import { OptionalField } from '../../common/optional';

export class ThumbnailQueryDto {
  @ApiPropertyOptional({
    description: 'The picture version thumbnailUrl names; a new picture gets a new address',
  })
  @OptionalField()
  @Matches(/^[0-9a-f]{1,64}$/, { message: keyed('validation:thumbnailVersion') })
  v?: string;
}

export class MailedThumbnailParams {
  @IsUUID()
  id: string;

  @ApiProperty({ description: "The picture's whole hash, as the mail names it" })
  @Matches(/^[0-9a-f]{64}$/, { message: keyed('validation:thumbnailVersion') })
  hash: string;
}
