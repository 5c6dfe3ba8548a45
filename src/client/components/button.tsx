import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router-dom';
import { Spinner } from './spinner';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

interface StyleProps {
  variant?: ButtonVariant | undefined;
  size?: ButtonSize | undefined;
  /** Stretch to the container's width (forms on narrow screens). */
  block?: boolean | undefined;
}

function buttonClass(
  { variant = 'secondary', size = 'md', block = false }: StyleProps,
  extra?: string,
) {
  return ['btn', `btn--${variant}`, `btn--${size}`, block && 'btn--block', extra]
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, StyleProps {
  /**
   * Work is in flight: shows a spinner and ignores clicks. The button stays focusable
   * (aria-disabled, not disabled) so keyboard focus is not lost mid-submit.
   */
  pending?: boolean;
  /** Replaces the label while pending, e.g. "Signing in…". */
  pendingLabel?: ReactNode;
  icon?: ReactNode;
}

export function Button({
  variant,
  size,
  block,
  pending = false,
  pendingLabel,
  icon,
  className,
  children,
  onClick,
  type = 'button',
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={buttonClass({ variant, size, block }, className)}
      aria-disabled={pending || rest['aria-disabled'] || undefined}
      aria-busy={pending || undefined}
      onClick={handleClick}
    >
      {pending ? <Spinner size="sm" /> : icon}
      <span>{pending && pendingLabel ? pendingLabel : children}</span>
    </button>
  );
}

export interface ButtonLinkProps extends LinkProps, StyleProps {
  icon?: ReactNode;
}

/** Navigation that looks like a button; still a link for the browser and assistive tech. */
export function ButtonLink({
  variant,
  size,
  block,
  icon,
  className,
  children,
  ...rest
}: ButtonLinkProps) {
  return (
    <Link {...rest} className={buttonClass({ variant, size, block }, className)}>
      {icon}
      <span>{children}</span>
    </Link>
  );
}
