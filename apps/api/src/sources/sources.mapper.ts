import { isoOrNull } from '../common/iso-date';
import { PersonRefDto } from '../common/person-ref.dto';
import type { EntryDto, SourceDto } from './dto/sources.dto';
import type { ContentSource } from './entities/content-source.entity';
import type { SourceEntry } from './entities/source-entry.entity';

export function toSource(source: ContentSource, newEntries: number): SourceDto {
  return {
    id: source.id,
    url: source.url,
    title: source.title,
    topics: (source.topics ?? []).map(({ id, name, names }) => ({ id, name, names })),
    pollIntervalMinutes: source.pollIntervalMinutes,
    lastPolledAt: isoOrNull(source.lastPolledAt),
    lastSuccessAt: isoOrNull(source.lastSuccessAt),
    lastError: source.lastError,
    newEntries,
  };
}

export function toEntry(entry: SourceEntry): EntryDto {
  return {
    id: entry.id,
    sourceId: entry.sourceId,
    sourceTitle: entry.source?.title ?? entry.source?.url ?? null,
    suggestedBy: PersonRefDto.of(entry.suggestedBy),
    note: entry.note,
    url: entry.url,
    title: entry.title,
    publishedAt: isoOrNull(entry.publishedAt),
    state: entry.state,
    itemId: entry.itemId,
    declineReason: entry.declineReason,
    createdAt: entry.createdAt.toISOString(),
  };
}
