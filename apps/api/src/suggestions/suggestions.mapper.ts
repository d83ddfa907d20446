import type { SourceEntry } from '../sources/entities/source-entry.entity';
import type { MySuggestionDto, PageSuggestionDto } from './dto/suggestions.dto';
import type { MySuggestion } from './my-suggestion';

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

export function toMySuggestion({
  entry,
  state,
  approvedAt,
  shareable,
}: MySuggestion): MySuggestionDto {
  const decidedAt = state === 'declined' ? entry.decidedAt : approvedAt;
  return {
    id: entry.id,
    url: entry.url,
    title: entry.title,
    note: entry.note,
    state,
    itemId: state === 'approved' ? entry.itemId : null,
    shareable,
    reason: state === 'declined' ? entry.declineReason : null,
    createdAt: entry.createdAt.toISOString(),
    decidedAt: decidedAt?.toISOString() ?? null,
  };
}
