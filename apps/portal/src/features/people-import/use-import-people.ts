import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { api, unwrap, type Schemas } from '../../api/client';
import { GROUPS_QUERY_KEY } from '../groups/use-groups';
import { PEOPLE_QUERY_KEY } from '../people/use-people';

export type ImportReport = Schemas['ImportReportDto'];
export type UnknownGroups = Schemas['UnknownGroups'];

/** The server refuses larger files (413); checked here too, so nothing is sent in vain. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportRequest {
  file: File;
  unknownGroups: UnknownGroups;
  invite: boolean;
  /** Only report what would happen; write nothing. */
  dryRun: boolean;
}

/**
 * Sends the CSV file as the request body. The bytes go as they are, so that the server (not
 * the browser) tells whether the file is UTF-8; the client's middleware still adds the CSRF
 * header.
 */
export async function importPeople({ file, unknownGroups, invite, dryRun }: ImportRequest) {
  const bytes = await file.arrayBuffer();
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

/** Used twice on the import page: once to preview (dryRun), once to apply. */
export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPeople,
    onSuccess: async (report) => {
      if (!report.applied) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: GROUPS_QUERY_KEY }),
      ]);
    },
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
