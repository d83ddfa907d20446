import { ApiError } from '../../api/api-error';

const LINK_ERROR_CODES = ['link_expired', 'link_invalid', 'link_used'] as const;

export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

/** Why a link from a mail cannot be used (expired, unknown, used), or undefined for other errors. */
export function linkErrorCode(error: unknown): LinkErrorCode | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return LINK_ERROR_CODES.find((code) => code === error.code);
}
