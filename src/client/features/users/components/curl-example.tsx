import { curlCommand } from '../token-format';
import { CopyButton } from './copy-button';
import { MaskedToken } from './token-field';

export interface CurlExampleProps {
  token: string;
  /** Shows the real token in the command; Copy always copies the real one. */
  revealed: boolean;
}

/** A first request to paste into a terminal, pointed at this very server. */
export function CurlExample({ token, revealed }: CurlExampleProps) {
  const origin = window.location.origin;
  return (
    <div className="curl-example">
      <p className="muted curl-example__text">Lists the projects you can see:</p>
      <pre className="curl-example__code">
        <code>
          {'curl -H "Authorization: Token '}
          {revealed ? token : <MaskedToken token={token} />}
          {`" ${origin}/api/projects`}
        </code>
      </pre>
      <div>
        <CopyButton text={curlCommand(token, origin)}>Copy command</CopyButton>
      </div>
    </div>
  );
}
