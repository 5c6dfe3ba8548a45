import DOMPurify from 'dompurify';
import { useMemo } from 'react';
import './sanitized-html.css';

export interface SanitizedHtmlProps {
  html: string;
  className?: string;
}

/**
 * Renders HTML that came from outside this page. The server sanitizes on write; this runs
 * DOMPurify again so one server bug cannot become script execution in every browser.
 */
export function SanitizedHtml({ html, className }: SanitizedHtmlProps) {
  const clean = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        USE_PROFILES: { html: true },
        FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
        FORBID_ATTR: ['style'],
      }),
    [html],
  );
  return (
    <div
      className={['prose', className].filter(Boolean).join(' ')}
      // Sanitized just above with DOMPurify.
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
