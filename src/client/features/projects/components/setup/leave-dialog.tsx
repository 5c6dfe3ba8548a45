import type { Blocker } from 'react-router-dom';
import { Button } from '../../../../components/button';
import { Dialog } from '../../../../components/dialog';

/** Asks before a navigation would drop unsaved settings. */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  const stay = () => blocker.reset?.();
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      onClose={stay}
      footer={
        <>
          <Button onClick={stay}>Stay on this page</Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Leave and discard
          </Button>
        </>
      }
    >
      <p>Your changes to this project have not been saved.</p>
    </Dialog>
  );
}
