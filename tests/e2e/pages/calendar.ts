import { Screen } from './screen';

/** The month calendar, and the entries of the day picked in it. */
export class CalendarScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Calendar', level: 1 });
  readonly grid = this.page.getByRole('grid');
  readonly previousMonth = this.page.getByRole('button', { name: 'Previous month' });
  readonly nextMonth = this.page.getByRole('button', { name: 'Next month' });
  /** The one day Tab stops on; arrow keys move from it. */
  readonly tabStop = this.grid.locator('[role="gridcell"][tabindex="0"]');

  /** A day's cell, by its label, e.g. /15 .*1 entry/ or '3 March'. */
  day(name: string | RegExp) {
    return this.grid.getByRole('gridcell', { name });
  }

  /** An entry listed under the picked day. */
  entryButton(name: string | RegExp) {
    return this.page.getByRole('main').getByRole('button', { name });
  }
}
