import { INPUT_LIMITS } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error';
import { api, unwrap, type Schemas } from '../../../api/client';
import { GROUPS_QUERY_KEY } from '../../groups/api/group-queries';
import { PEOPLE_QUERY_KEY } from '../api/people-queries';

export type ImportReport = Schemas['ImportReportDto'];
export type UnknownGroups = Schemas['UnknownGroups'];

/** The server refuses larger files (413); checked here too, so nothing is sent in vain. */
export const MAX_IMPORT_BYTES = INPUT_LIMITS.importFileBytes;

/** What is imported: the file's bytes, as read once, and how to treat them. */
export interface ImportRequest {
  bytes: ArrayBuffer;
  unknownGroups: UnknownGroups;
  invite: boolean;
}

/**
 * Sends the CSV file as the request body. The bytes go as they are, so that the server (not
 * the browser) tells whether the file is UTF-8; the client's middleware still adds the CSRF
 * header. With `dryRun`, the server only reports what would happen, and writes nothing.
 */
export async function importPeople(
  { bytes, unknownGroups, invite }: ImportRequest,
  dryRun: boolean,
) {
  return unwrap(
    api.POST('/api/people/import', {
      params: {
        query: {
          dryRun: dryRun || undefined,
          unknownGroups,
          invite: invite || undefined,
        },
      },
      // The schema types the binary body as a string; the serializer passes the bytes through.
      body: bytes as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

/** A preview, with exactly what was previewed: importing it sends these same bytes. */
export interface ImportPreview {
  report: ImportReport;
  request: ImportRequest;
}

/**
 * Reads the file once, and asks the server what importing it would do (writing nothing). The
 * bytes are kept with the answer: the file on disk may change or vanish before the import.
 */
export function usePreviewImport() {
  return useMutation({
    mutationFn: async ({ file, ...options }: Omit<ImportRequest, 'bytes'> & { file: File }) => {
      const request: ImportRequest = { ...options, bytes: await file.arrayBuffer() };
      const report = await importPeople(request, true);
      return { report, request } satisfies ImportPreview;
    },
  });
}

/** Imports what was previewed; people and groups are then fetched again. */
export function useApplyImport() {
  return useMutation({
    mutationFn: (request: ImportRequest) => importPeople(request, false),
    meta: { invalidates: [PEOPLE_QUERY_KEY, GROUPS_QUERY_KEY] },
  });
}

function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const { problems, changes } = value as Partial<Record<keyof ImportReport, unknown>>;
  return Array.isArray(problems) && Array.isArray(changes);
}

/** The report a refused import (422, code import_invalid) carries, if the error is one. */
export function refusedImportReport(error: unknown): ImportReport | undefined {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return undefined;
  return isImportReport(error.details) ? error.details : undefined;
}
