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

  text: string;

  static from(message: OutboxMessage): OutboxMessageDto {
    return {
      id: message.id,
      createdAt: message.createdAt.toISOString(),
      recipient: message.recipient,
      subject: message.subject,
      text: message.text,
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
