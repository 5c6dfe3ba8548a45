// `Text valueType="url"`: the task holds a URL and the text is fetched by the browser. This is
// task data, not our API, so it bypasses apiFetch (no CSRF, no schema; credentials only for
// same-origin URLs, as fetch does by default).
import { useQuery } from '@tanstack/react-query';

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The text could not be loaded (HTTP ${response.status}).`);
  return response.text();
}

export function useRemoteText(url: string) {
  return useQuery({
    queryKey: ['labeling', 'remote-text', url],
    queryFn: ({ signal }) => fetchText(url, signal),
    staleTime: Infinity,
  });
}
