import { ButtonLink } from '../components/button';
import { Page } from '../components/page';
import { paths } from '../lib/paths';

/** For routes the signed-in user's role may not open (the server answers 403 there too). */
export function ForbiddenPage() {
  return (
    <Page title="You don’t have access to this page" documentTitle="No access" width="narrow">
      <p className="muted">
        Your role does not include this area. If you need it, ask an admin to change your role.
      </p>
      <ButtonLink to={paths.projects} variant="primary">
        Go to projects
      </ButtonLink>
    </Page>
  );
}
