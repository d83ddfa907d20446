import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from '../../common/validators';
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

export class SharedThumbnailQueryDto {
  @ApiProperty({ description: 'The picture version the shared address names' })
  @Matches(/^[0-9a-f]{1,64}$/, { message: keyed('validation:thumbnailVersion') })
  v: string;

  @ApiProperty({ description: "Chorus's signature of the address" })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  sig: string;
}
