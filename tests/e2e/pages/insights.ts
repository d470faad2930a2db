import { Screen } from './screen';

/** The Insights screen: its period, the landscape map, the value ledger and the review buttons. */
export class InsightsScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Insights', level: 1 });
  readonly period = this.page.getByLabel('Period');
  readonly map = this.page.getByRole('group', { name: 'Landscape map' });
  readonly ledger = this.page
    .getByRole('table')
    .filter({ has: this.page.getByRole('columnheader', { name: 'Realised' }) });
  readonly weeklyReview = this.page.getByRole('button', { name: 'Start weekly review' });
  readonly monthlyReview = this.page.getByRole('button', { name: 'Start monthly review' });

  /** A world (`"NHS: 2 entries"`) or a join (`"NHS and council: 1 entry"`) on the map. */
  mapButton(name: string) {
    return this.map.getByRole('button', { name, exact: true });
  }

  /** The entries listed after picking a world or join on the map. */
  picked(name: string) {
    return this.page.getByRole('region', { name }).getByRole('button');
  }

  ledgerRow(story: string | RegExp) {
    return this.ledger.getByRole('row', { name: story });
  }
}
