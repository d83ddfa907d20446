import type { TFunction } from 'i18next';
import { ApiError, isDatabaseUnavailable } from './api-error';

/** A sentence for a person: the server's own message when there is one. */
export function describeError(error: unknown, t: TFunction): string {
  if (isDatabaseUnavailable(error)) return t('errors.databaseUnavailable');
  if (error instanceof ApiError) return error.serverMessage ?? t('errors.generic');
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.generic');
}
