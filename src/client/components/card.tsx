import type { HTMLAttributes, ReactNode } from 'react';
import './card.css';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'div' | 'section' | 'article' | 'li';
  /** Draws attention to this card (e.g. the one the user last worked in). */
  highlighted?: boolean;
  /**
   * The card has one link whose hit area should cover the whole card (the link gets
   * `card__link`), while text stays selectable and other controls stay clickable.
   */
  interactive?: boolean;
  children: ReactNode;
}

export function Card({
  as: Tag = 'div',
  highlighted = false,
  interactive = false,
  className,
  children,
  ...rest
}: CardProps) {
  const classes = [
    'card',
    highlighted && 'card--highlighted',
    interactive && 'card--interactive',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Tag {...rest} className={classes}>
      {children}
    </Tag>
  );
}
