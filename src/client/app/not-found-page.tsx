import { ButtonLink } from '../components/button';
import { Page } from '../components/page';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  return (
    <Page title="Page not found" width="narrow">
      <p className="muted">There is nothing at this address. Check the link, or start over.</p>
      <ButtonLink to={paths.projects} variant="primary">
        Go to projects
      </ButtonLink>
    </Page>
  );
}
