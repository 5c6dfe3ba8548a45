import { Link, useParams } from 'react-router-dom';
import { Page } from '../../../components/page';
import { parseId, paths } from '../../../lib/paths';

/**
 * Route module for /projects/:projectId/label. Lazy-loaded on its own so the labeling editor
 * can grow here without weighing on the rest of the app.
 */
export function LabelingPage() {
  const id = parseId(useParams().projectId);
  return (
    <Page
      title="Labeling view"
      eyebrow={id === null ? undefined : <Link to={paths.project(id)}>← Back to project</Link>}
    />
  );
}
