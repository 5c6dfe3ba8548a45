import { Page } from '../../components/page';

export function Route() {
  return <Page title="dashboard">Coming in this change.</Page>;
}
