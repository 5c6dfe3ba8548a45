import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { Page } from '../../../components/page';
import { Skeleton } from '../../../components/skeleton';
import { tokenQueries } from '../api/token-queries';
import { CurlExample } from './curl-example';
import { ResetTokenDialog } from './reset-token-dialog';
import { TokenField } from './token-field';
import './api-token-page.css';
import { QueryErrorState } from '../../../components/query-error-state';

/** Every user's own API token, for scripts and the Label Studio SDK. */
export function ApiTokenPage() {
  const token = useQuery(tokenQueries.detail());
  const [revealed, setRevealed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [wasReset, setWasReset] = useState(false);

  let content: ReactNode;
  if (token.isPending) {
    content = <TokenSkeleton />;
  } else if (token.isError) {
    content = <QueryErrorState title="Could not load your token" query={token} />;
  } else {
    content = (
      <>
        {wasReset && (
          <Alert tone="info" title="Your token was reset">
            <p>The old token no longer works. Put this one in your scripts.</p>
          </Alert>
        )}
        <TokenCard title="Your token">
          <TokenField token={token.data.token} revealed={revealed} onRevealedChange={setRevealed} />
        </TokenCard>
        <TokenCard title="Try it">
          <CurlExample token={token.data.token} revealed={revealed} />
        </TokenCard>
        <TokenCard title="Reset token">
          <p className="muted token-card__text">
            If the token may have leaked, replace it. The old one stops working at once.
          </p>
          <div>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Reset token…
            </Button>
          </div>
        </TokenCard>
      </>
    );
  }

  return (
    <Page
      title="API token"
      width="narrow"
      description={
        <p>
          Scripts and the Label Studio SDK act as you with this token. Keep it as secret as your
          password.
        </p>
      }
    >
      <div className="token-page">{content}</div>
      <ResetTokenDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onReset={() => {
          setConfirming(false);
          setWasReset(true);
          // Shown at once: it goes straight into the scripts that just lost access.
          setRevealed(true);
        }}
      />
    </Page>
  );
}

/** A titled section; the title names the region for assistive tech. */
function TokenCard({ title, children }: { title: string; children: ReactNode }) {
  const headingId = `token-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card as="section" className="token-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="token-card__title">
        {title}
      </h2>
      {children}
    </Card>
  );
}

function TokenSkeleton() {
  return (
    <Card className="token-card">
      <p role="status" className="visually-hidden">
        Loading your token…
      </p>
      <div aria-hidden="true" className="token-card__skeleton">
        <Skeleton width="6rem" />
        <Skeleton height="2.5rem" radius="md" />
        <Skeleton width="40%" />
      </div>
    </Card>
  );
}
