// Where the image comes from and whether it loaded. Task data is untrusted: only http(s),
// relative, blob: and data:image URLs are used; anything else shows as a load failure. A
// failure is reported in place and never throws, so the rest of the editor keeps working.
import { useState, type SyntheticEvent } from 'react';
import { resolveTemplate, type ValueTemplate } from '../../../../../shared/label-config/variables';
import type { Size } from './image-geometry';

export type ImageStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly size: Size }
  | { readonly kind: 'error'; readonly reason: string };

export interface ImageSource {
  /** The URL to load, or undefined when the task data gives none that is safe to use. */
  readonly url: string | undefined;
  readonly status: ImageStatus;
  onLoad(e: SyntheticEvent<HTMLImageElement>): void;
  onError(): void;
}

const SAFE_URL = /^(?:https?:|blob:|data:image\/)/i;
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

function urlFrom(template: ValueTemplate, data: unknown): { url?: string; reason?: string } {
  const value = resolveTemplate(template, data);
  if (typeof value !== 'string' || value.trim() === '')
    return { reason: `${template.raw} (missing from the task data)` };
  const url = value.trim();
  if (HAS_SCHEME.test(url) && !SAFE_URL.test(url)) return { reason: url };
  return { url };
}

export function useImageSource(template: ValueTemplate, data: unknown): ImageSource {
  const { url, reason } = urlFrom(template, data);
  // Status belongs to one URL: a new task's image starts loading again.
  const [state, setState] = useState<{ url: string | undefined; status: ImageStatus }>({
    url,
    status: { kind: 'loading' },
  });
  let status: ImageStatus = state.url === url ? state.status : { kind: 'loading' };
  if (reason !== undefined) status = { kind: 'error', reason };
  return {
    url,
    status,
    onLoad: (e) => {
      const img = e.currentTarget;
      const { naturalWidth: width, naturalHeight: height } = img;
      setState({
        url,
        status:
          width > 0 && height > 0
            ? { kind: 'loaded', size: { width, height } }
            : { kind: 'error', reason: url ?? '' },
      });
    },
    onError: () => setState({ url, status: { kind: 'error', reason: url ?? '' } }),
  };
}
