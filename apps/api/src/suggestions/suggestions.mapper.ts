import type { SourceEntry } from '../sources/entities/source-entry.entity';
import type { SuggestionDto } from './dto/suggestions.dto';

export function toSuggestion(entry: SourceEntry): SuggestionDto {
  return {
    id: entry.id,
    url: entry.url,
    title: entry.title,
    note: entry.note,
    state: entry.state,
    createdAt: entry.createdAt.toISOString(),
  };
}
