import { Button, type ButtonProps } from '../../../components/button';
import { useClipboard } from '../hooks/use-clipboard';
import './copy-button.css';

export interface CopyButtonProps {
  /** What goes to the clipboard. */
  text: string;
  /** The button's label, e.g. "Copy token". */
  children: string;
  variant?: ButtonProps['variant'];
}

/** Copies on click; the outcome is shown on the button and announced through a live region. */
export function CopyButton({ text, children, variant = 'secondary' }: CopyButtonProps) {
  const { state, copy } = useClipboard();
  return (
    <>
      <Button size="sm" variant={variant} onClick={() => void copy(text)} icon={<CopyIcon />}>
        {state === 'copied' ? 'Copied' : children}
      </Button>
      <span role="status" className={state === 'failed' ? 'copy-failed' : 'visually-hidden'}>
        {state === 'copied' && 'Copied to the clipboard.'}
        {state === 'failed' && 'Could not copy. Select the text and copy it yourself.'}
      </span>
    </>
  );
}

function CopyIcon() {
  return (
    <svg viewBox="0 0 20 20" width="14" height="14" fill="none" aria-hidden="true">
      <rect x="7" y="7" width="10" height="10" rx="2" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M13 4.5V4a1.5 1.5 0 0 0-1.5-1.5h-7A1.5 1.5 0 0 0 3 4v7a1.5 1.5 0 0 0 1.5 1.5H5"
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}
