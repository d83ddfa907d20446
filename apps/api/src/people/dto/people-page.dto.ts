import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '../../common/page.dto';
import { UserDto } from '../../users/dto/user.dto';

export class PeoplePageDto extends PageDto {
  @ApiProperty({ type: [UserDto] })
  items: UserDto[];
}
