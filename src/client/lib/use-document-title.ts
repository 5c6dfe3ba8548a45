import { useEffect } from 'react';

export const PRODUCT_NAME = 'Margin';

/** Sets the tab title; screen readers and history entries read it too. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [title]);
}
