import { Page } from '../../components/page';

export function Route() {
  return <Page title="project-setup">Coming in this change.</Page>;
}
