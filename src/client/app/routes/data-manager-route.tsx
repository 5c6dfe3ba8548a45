import { Page } from '../../components/page';

export function Route() {
  return <Page title="data-manager">Coming in this change.</Page>;
}
