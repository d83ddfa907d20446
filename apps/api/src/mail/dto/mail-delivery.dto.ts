import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto } from '../../common/page.dto';
import { PageQueryDto } from '../../common/page-query.dto';
import { OptionalField } from '../../common/optional';
import { IsIn, IsUUID } from '../../common/validators';
import { MAIL_DELIVERY_STATUSES, type MailDeliveryStatus } from '../entities/mail-delivery.entity';
import type { MailDeliverySummary } from '../mail-deliveries.repository';

export class MailDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: MAIL_DELIVERY_STATUSES,
    description: 'Only deliveries in this state',
  })
  @OptionalField()
  @IsIn(MAIL_DELIVERY_STATUSES)
  status?: MailDeliveryStatus;
}

export class MailDeliveryParams {
  @IsUUID()
  id: string;
}

export class MailDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time', description: 'When the mail was queued' })
  createdAt: string;

  recipient: string;

  subject: string;

  @ApiProperty({ description: "The language the mail is written in (the recipient's)" })
  language: string;

  @ApiProperty({
    enum: MAIL_DELIVERY_STATUSES,
    description:
      'queued: waits for its send slot or next attempt; sending: in hand; sent: taken by the SMTP server; kept: in the outbox (no SMTP server); failed: every attempt failed',
  })
  status: MailDeliveryStatus;

  @ApiProperty({ description: 'Attempts made so far' })
  attempts: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "Why the last attempt failed, in the mail server's words",
  })
  lastError: string | null;

  @ApiProperty({ format: 'date-time', description: 'Not sent before this time' })
  sendAfter: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt: string | null;

  static from(delivery: MailDeliverySummary): MailDeliveryDto {
    return {
      id: delivery.id,
      createdAt: delivery.createdAt.toISOString(),
      recipient: delivery.recipient,
      subject: delivery.subject,
      language: delivery.language,
      status: delivery.status,
      attempts: delivery.attempts,
      lastError: delivery.lastError,
      sendAfter: delivery.sendAfter.toISOString(),
      sentAt: delivery.sentAt?.toISOString() ?? null,
    };
  }
}

export class MailDeliveriesPageDto extends PageDto {
  items: MailDeliveryDto[];
}
