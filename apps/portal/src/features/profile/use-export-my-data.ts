import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { downloadJson, exportFileName } from './download';

/** Fetches everything Chorus holds about the signed-in person and saves it as a JSON file. */
export function useExportMyData() {
  return useMutation({
    mutationFn: async () => {
      const data = await unwrap(api.GET('/api/me/export'));
      downloadJson(data, exportFileName());
    },
  });
}
