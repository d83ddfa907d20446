import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SOURCE_ENTRIES_QUERY_KEY, type Source } from './api/source-queries';

/** How long a feed is watched after a check is asked for, at most. */
export const CHECK_WATCH_MS = 10_000;

interface Check {
  sourceId: string;
  /** When the feed was last read before the check; a check is done once this moves on. */
  before: string | null;
}

/**
 * Feeds being read at a curator's request (a check, or a feed just added). Each counts as
 * being checked until the list shows it read again, for 10 seconds at most; the feeds list
 * is read every 2 s meanwhile (see useSources).
 */
export function useFeedChecks() {
  const [checks, setChecks] = useState<readonly Check[]>([]);

  const watch = useCallback((source: Pick<Source, 'id' | 'lastPolledAt'>) => {
    const check: Check = { sourceId: source.id, before: source.lastPolledAt };
    setChecks((current) => [...current.filter((c) => c.sourceId !== source.id), check]);
    setTimeout(() => setChecks((current) => current.filter((c) => c !== check)), CHECK_WATCH_MS);
  }, []);

  const isChecking = (source: Pick<Source, 'id' | 'lastPolledAt'>) =>
    checks.some((check) => check.sourceId === source.id && check.before === source.lastPolledAt);

  const anyChecking = (sources: readonly Source[] | undefined) =>
    sources?.some(isChecking) ?? false;

  return { watch, isChecking, anyChecking };
}

/**
 * Reloads the inbox whenever the feeds list shows a feed read since it was last seen (a
 * check, or the schedule), so that the suggestions it found appear without reloading.
 */
export function useInboxFollowsReads(sources: readonly Source[] | undefined) {
  const queryClient = useQueryClient();
  const reads = sources?.map((source) => `${source.id}@${source.lastPolledAt ?? ''}`).join(' ');
  const seen = useRef(reads);
  useEffect(() => {
    const before = seen.current;
    seen.current = reads;
    if (before !== undefined && reads !== undefined && reads !== before) {
      // By hand: a feed read on the server's schedule is no mutation of this page's.
      void queryClient.invalidateQueries({ queryKey: SOURCE_ENTRIES_QUERY_KEY });
    }
  }, [reads, queryClient]);
}
