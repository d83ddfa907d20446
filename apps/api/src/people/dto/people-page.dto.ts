import { PageDto } from '../../common/page.dto';
import { UserDto } from '../../users/dto/user.dto';

export class PeoplePageDto extends PageDto {
  items: UserDto[];
}
