import { Page } from '../../components/page';

export function Route() {
  return <Page title="review">Coming in this change.</Page>;
}
