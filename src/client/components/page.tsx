import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title';
import './page.css';

export interface PageProps {
  title: string;
  /** The tab title when it should differ from the heading (defaults to `title`). */
  documentTitle?: string;
  description?: ReactNode;
  /** Above the heading, e.g. a back link. */
  eyebrow?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  width?: 'default' | 'narrow' | 'wide';
}

/** One page's frame: the heading (the page's only h1), actions and content. */
export function Page({
  title,
  documentTitle,
  description,
  eyebrow,
  actions,
  children,
  width = 'default',
}: PageProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className={`page page--${width}`}>
      <header className="page__header">
        <div className="page__heading">
          {eyebrow && <div className="page__eyebrow">{eyebrow}</div>}
          <h1 className="page__title">{title}</h1>
          {description && <div className="page__description">{description}</div>}
        </div>
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      <div className="page__body">{children}</div>
    </div>
  );
}
