import type { SourceEntry } from '../sources/entities/source-entry.entity';
import type { PageSuggestionDto } from './dto/suggestions.dto';

export function toSuggestion(entry: SourceEntry): PageSuggestionDto {
  return {
    id: entry.id,
    url: entry.url,
    title: entry.title,
    note: entry.note,
    state: entry.state,
    createdAt: entry.createdAt.toISOString(),
  };
}
