import { ApiProperty } from '@nestjs/swagger';
import { PageDto } from '../../common/page.dto';
import { OutboxMessage } from '../entities/outbox-message.entity';

export class OutboxMessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  recipient: string;

  subject: string;

  @ApiProperty({ description: 'The text part' })
  text: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The HTML part, to be shown in a sandboxed frame; null for mail kept before mail had one',
  })
  html: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "The language the mail is written in (the recipient's); null for older mail",
  })
  language: string | null;

  static from(message: OutboxMessage): OutboxMessageDto {
    return {
      id: message.id,
      createdAt: message.createdAt.toISOString(),
      recipient: message.recipient,
      subject: message.subject,
      text: message.text,
      html: message.html,
      language: message.language,
    };
  }
}

export class OutboxPageDto extends PageDto {
  items: OutboxMessageDto[];

  @ApiProperty({
    description: 'True when an SMTP server is configured: mail is delivered and not kept here',
  })
  delivering: boolean;
}
