import { ApiProperty } from '@nestjs/swagger';

/** A person as other records mention them: who wrote, approved, reported or was assigned. */
export class PersonRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  /** The reference to `user`, or null when there is none (e.g. a deleted account). */
  static of(user?: { id: string; name: string } | null): PersonRefDto | null {
    return user ? { id: user.id, name: user.name } : null;
  }
}
