import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from './validators';
import { OptionalField } from './optional';

/**
 * The last page anyone may ask for: at 100 a page, a hundred million rows in. It keeps the
 * offset, (page - 1) × pageSize, a safe integer that PostgreSQL's OFFSET accepts.
 */
export const MAX_PAGE = 1_000_000;

/** `page` and `pageSize` for every paginated list. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 25;
}
