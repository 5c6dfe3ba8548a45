import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { startOutboxProcessor, type OutboxProcessorOptions } from '../stores/outbox-processor';

/**
 * Sends the outbox while the labeling page is mounted (mount it once, at the page). Entries
 * left from an earlier visit are sent as soon as the stored outbox has loaded. Read its state
 * with `useOutboxSummary` / `useTaskOutbox`, act on it with `outboxActions`.
 */
export function useOutboxProcessor(
  queryClient: QueryClient,
  options: OutboxProcessorOptions = {},
): void {
  const { random } = options;
  useEffect(
    () => startOutboxProcessor(queryClient, random ? { random } : {}),
    [queryClient, random],
  );
}
