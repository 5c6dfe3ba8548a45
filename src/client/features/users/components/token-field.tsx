import { Button } from '../../../components/button';
import { maskToken, tokenEnding } from '../token-format';
import { CopyButton } from './copy-button';
import './secret-box.css';

export interface TokenFieldProps {
  token: string;
  revealed: boolean;
  onRevealedChange(revealed: boolean): void;
}

/** The token, masked until asked for (screens get shared), with Show and Copy. */
export function TokenField({ token, revealed, onRevealedChange }: TokenFieldProps) {
  return (
    <div className="secret-box">
      <code>{revealed ? token : <MaskedToken token={token} />}</code>
      <Button
        size="sm"
        aria-label={revealed ? 'Hide token' : 'Show token'}
        onClick={() => onRevealedChange(!revealed)}
      >
        {revealed ? 'Hide' : 'Show'}
      </Button>
      <CopyButton text={token}>Copy token</CopyButton>
    </div>
  );
}

/** Bullets read aloud as bullets are noise; say what they stand for instead. */
export function MaskedToken({ token }: { token: string }) {
  return (
    <>
      <span aria-hidden="true">{maskToken(token)}</span>
      <span className="visually-hidden">Hidden token ending in {tokenEnding(token)}</span>
    </>
  );
}
